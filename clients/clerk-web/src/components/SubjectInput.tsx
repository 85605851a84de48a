import { useI18n } from '../i18n/I18nProvider';
import type { ApplicantKind, SubjectCheck } from '../domain/subjectCheck';

/** The identifier field with its check result under it, announced as the clerk types. */
export function SubjectInput({ kind, text, check, showEmpty, onChange }: { kind: ApplicantKind; text: string; check: SubjectCheck; showEmpty: boolean; onChange(text: string): void }) {
  const { t } = useI18n();
  const label = t(kind === 'PERSON' ? 'applicant.idNumber' : 'applicant.creditCode');
  const invalid = check.state === 'invalid' || (showEmpty && check.state === 'empty');
  return (
    <div className="field">
      <label className="field__label" htmlFor="subject-id">
        {label}
      </label>
      <input
        id="subject-id"
        className={`input input--id${invalid ? ' input--invalid' : ''}${check.state === 'valid' ? ' input--valid' : ''}`}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        maxLength={24}
        aria-invalid={invalid}
        aria-describedby="subject-check"
        placeholder={t(kind === 'PERSON' ? 'applicant.idPlaceholder' : 'applicant.creditPlaceholder')}
      />
      <div id="subject-check" className={`check check--${check.state}`} aria-live="polite" data-testid="subject-check">
        <CheckMessage kind={kind} check={check} showEmpty={showEmpty} />
      </div>
    </div>
  );
}

function CheckMessage({ kind, check, showEmpty }: { kind: ApplicantKind; check: SubjectCheck; showEmpty: boolean }) {
  const { t } = useI18n();
  if (check.state === 'empty') return showEmpty ? <>{t(kind === 'PERSON' ? 'check.id.empty' : 'check.credit.empty')}</> : <>{t('check.standard', { standard: kind === 'PERSON' ? 'GB 11643' : 'GB 32100' })}</>;
  if (check.state !== 'valid') return <>{t(check.message.key, check.message.params)}</>;
  const { facts } = check;
  if (facts.kind === 'PERSON') {
    const gender = t(facts.gender === 'MALE' ? 'gender.MALE' : 'gender.FEMALE');
    return <>✓ {t('check.id.valid', { county: facts.county ?? facts.division, division: facts.division, birthDate: facts.birthDate, gender })}</>;
  }
  return <>✓ {t('check.credit.valid', { type: t(`entityType.${facts.entityType}`), county: facts.county ?? facts.division, division: facts.division })}</>;
}
