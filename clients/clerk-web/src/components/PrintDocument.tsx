import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A paper handed to the applicant (受理回执, 一次性告知单): on screen a sheet, on paper the
 * only thing printed (print.css hides the workstation around it), with lines to sign.
 */
export function PrintDocument({ title, issuer, testId, children }: { title: string; issuer: string; testId: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <article className="document" data-testid={testId} aria-label={title}>
      <header className="document__header">
        <p className="document__issuer">{issuer}</p>
        <h2 className="document__title">{title}</h2>
      </header>
      {children}
      <footer className="document__signatures">
        <span>{t('document.applicantSigns')}</span>
        <span>{t('document.clerkSigns')}</span>
        <span>{t('document.date')}</span>
      </footer>
    </article>
  );
}

/** Prints the page: the browser's dialog, with the print stylesheet. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()} data-testid="print">
      {label}
    </button>
  );
}
