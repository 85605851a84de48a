import { useSignedIn } from '../app/SessionContext';
import { statusKey, statusTone } from '../domain/caseView';
import { pick, useI18n } from '../i18n/I18nProvider';
import { abandonDraft } from '../intake/caseOpening';
import { useIntake } from '../intake/IntakeContext';
import type { IntakeState } from '../intake/model';

/** The intake in progress, always in view: who applies, for what, where the case stands, and a way to start over. */
export function CaseStrip({ onRestart }: { onRestart(): void }) {
  const { t, language } = useI18n();
  const { ask } = useSignedIn();
  const { state, dispatch } = useIntake();
  if (!state.applicant) return null;
  const status = state.outcome?.status ?? state.case?.status ?? null;
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
        {status ? <span className={`tag tag--${statusTone(status)}`} data-testid="case-status">{t(statusKey(status))}</span> : <span className="tag tag--muted">{t('case.notOpened')}</span>}
        {state.outcome?.number ? <span className="mono">{state.outcome.number}</span> : null}
      </div>
      <button
        type="button"
        className="button button--small button--ghost-dark"
        onClick={() => {
          void abandonDraft(ask, state, t('case.abandoned.restart'));
          dispatch({ type: 'restarted' });
          onRestart();
        }}
      >
        {state.outcome ? t('case.next') : t('case.restart')}
      </button>
    </section>
  );
}

/** The applicant's name as read under the case's grant, or from the prefilled form. */
export function applicantName(state: IntakeState): string | null {
  const card = state.card;
  if ((card?.status === 'person' || card?.status === 'entity') && card.card.name) return card.card.name;
  const prefilled = state.form?.fields.find((f) => f.key === 'applicant.name' && f.status === 'FILLED');
  return prefilled?.value ?? null;
}
