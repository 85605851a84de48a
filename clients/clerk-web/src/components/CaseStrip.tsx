import { pick, useI18n } from '../i18n/I18nProvider';
import { useIntake } from '../intake/IntakeContext';
import type { IntakeState } from '../intake/model';

/** The intake in progress, always in view: who applies, for what, and a way to start over. */
export function CaseStrip({ onRestart }: { onRestart(): void }) {
  const { t, language } = useI18n();
  const { state, dispatch } = useIntake();
  if (!state.applicant) return null;
  return (
    <section className="case-strip" aria-label={t('case.label')} data-testid="case-strip">
      <div className="case-strip__item">
        <span className="case-strip__label">{t('case.applicant')}</span>
        <strong>{applicantName(state) ?? t('case.nameUnread')}</strong>
        <span className="mono">{state.applicant.id}</span>
      </div>
      <div className="case-strip__item">
        <span className="case-strip__label">{t('case.matter')}</span>
        {state.selection ? (
          <>
            <strong>{pick(language, state.selection.name, state.selection.englishName)}</strong>
            <span className="mono">{state.selection.code}</span>
          </>
        ) : (
          <span className="muted">{t('case.noMatter')}</span>
        )}
      </div>
      <div className="case-strip__item">
        <span className="case-strip__label">{t('case.status')}</span>
        <span className="tag tag--muted">{t('case.notAccepted')}</span>
      </div>
      <button type="button" className="button button--small button--ghost-dark" onClick={() => {
          dispatch({ type: 'restarted' });
          onRestart();
        }}>
        {t('case.restart')}
      </button>
    </section>
  );
}

/** The applicant's name from the register, or from the prefilled form when the lookup read none. */
export function applicantName(state: IntakeState): string | null {
  const lookup = state.applicant?.lookup;
  if (lookup?.status === 'person' || lookup?.status === 'entity') return lookup.card.name;
  const prefilled = state.form?.fields.find((f) => f.key === 'applicant.name' && f.status === 'FILLED');
  return prefilled?.value ?? null;
}
