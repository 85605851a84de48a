import { useState, type FormEvent } from 'react';
import { useSignedIn } from '../app/SessionContext';
import { ApplicantCheckCard } from '../components/ApplicantCard';
import { ScreenHeader } from '../components/ScreenHeader';
import { SubjectInput } from '../components/SubjectInput';
import { checkSubject, type ApplicantKind } from '../domain/subjectCheck';
import { useI18n } from '../i18n/I18nProvider';
import { abandonDraft } from '../intake/caseOpening';
import { useIntake } from '../intake/IntakeContext';

/**
 * Step 1: who applies — a citizen ID number or a credit code, checked as typed with the
 * kit's own checks. Nothing is read yet: the hub shares the applicant's data only for a case,
 * and the case is opened when the matter is chosen.
 */
export function ApplicantScreen({ onNext }: { onNext(): void }) {
  const { t } = useI18n();
  const { ask } = useSignedIn();
  const { state, dispatch } = useIntake();
  const [kind, setKind] = useState<ApplicantKind>(state.applicant?.kind ?? 'PERSON');
  const [text, setText] = useState(state.applicant?.id ?? '');
  const [tried, setTried] = useState(false);
  const check = checkSubject(kind, text);
  const confirmed = state.applicant && check.state === 'valid' && state.applicant.id === check.value ? state.applicant : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (check.state !== 'valid' || confirmed) return;
    void abandonDraft(ask, state, t('case.abandoned.applicant'));
    dispatch({ type: 'applicantConfirmed', applicant: { kind, id: check.value, facts: check.facts } });
  }

  return (
    <>
      <ScreenHeader title={t('applicant.title')} subtitle={t('applicant.subtitle')} />
      <form className="panel stack" onSubmit={submit} noValidate aria-describedby="applicant-explain">
        <p id="applicant-explain" className="muted">
          {t('applicant.explain')}
        </p>
        <fieldset className="segmented segmented--large">
          <legend className="field__label">{t('applicant.kind')}</legend>
          {(['PERSON', 'MARKET_ENTITY'] as const).map((k) => (
            <label key={k} className="segmented__option">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>{t(k === 'PERSON' ? 'applicant.kind.PERSON' : 'applicant.kind.MARKET_ENTITY')}</span>
            </label>
          ))}
        </fieldset>
        <SubjectInput kind={kind} text={text} check={check} showEmpty={tried} onChange={setText} />
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('applicant.confirm')}
          </button>
          <span className="muted small">{t('applicant.enterHint')}</span>
        </div>
      </form>
      {confirmed ? <ApplicantCheckCard applicant={confirmed} onNext={onNext} /> : null}
    </>
  );
}
