import { servesApplicant } from '../../domain/catalogueSearch';
import type { ApplicantKind } from '../../domain/subjectCheck';
import { pick, useI18n } from '../../i18n/I18nProvider';
import type { Matter } from '../../intake/model';
import { DepartmentBadge } from '../DepartmentBadge';

/** Single matters (事项) with their department, case type and promised time limit. */
export function MatterTable({ matters, applicantKind, pending, onChoose }: { matters: Matter[]; applicantKind: ApplicantKind | undefined; pending: string | null; onChoose(m: Matter): void }) {
  const { t, language } = useI18n();
  if (matters.length === 0) return <p className="muted">{t('catalogue.noMatters')}</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('catalogue.code')}</th>
          <th scope="col">{t('catalogue.name')}</th>
          <th scope="col">{t('catalogue.department')}</th>
          <th scope="col">{t('catalogue.caseType')}</th>
          <th scope="col">{t('catalogue.timeLimit')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('catalogue.choose')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {matters.map((m) => {
          const serves = servesApplicant(m.applicantType, applicantKind);
          return (
            <tr key={m.code} data-code={m.code} className={serves ? undefined : 'row--muted'}>
              <td className="mono">{m.code}</td>
              <th scope="row">{pick(language, m.name, m.englishName)}</th>
              <td>
                <DepartmentBadge department={m.department} />
              </td>
              <td>{t(`caseType.${m.caseType}`)}</td>
              <td>{m.promisedTimeLimitDays === 0 ? t('catalogue.onTheSpot') : t('catalogue.days', { days: m.promisedTimeLimitDays, legal: m.legalTimeLimitDays })}</td>
              <td>
                <button type="button" className="button button--small" data-select disabled={!serves || pending !== null} onClick={() => onChoose(m)} aria-label={`${t('catalogue.choose')} ${m.name}`}>
                  {pending === m.code ? t('catalogue.prefilling') : serves ? t('catalogue.choose') : t(`catalogue.onlyFor.${m.applicantType}`)}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
