import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';

/** A small coloured tag: a field's or a material's state, or "建设中". */
export function StatusTag({ tone, label, testId }: { tone: 'ok' | 'info' | 'warn' | 'down' | 'muted' | 'fix'; label: MessageKey; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`tag tag--${tone}`} data-testid={testId}>
      {t(label)}
    </span>
  );
}
