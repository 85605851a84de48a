import { servesApplicant } from '../../domain/catalogueSearch';
import type { ApplicantKind } from '../../domain/subjectCheck';
import { pick, useI18n } from '../../i18n/I18nProvider';
import type { Bundle } from '../../intake/model';
import { DepartmentBadge } from '../DepartmentBadge';

/** Life-event bundles (一件事): one form and one set of materials for several departments' matters. */
export function BundleList({ bundles, applicantKind, pending, onChoose }: { bundles: Bundle[]; applicantKind: ApplicantKind | undefined; pending: string | null; onChoose(b: Bundle): void }) {
  const { t, language } = useI18n();
  if (bundles.length === 0) return <p className="muted">{t('catalogue.noBundles')}</p>;
  return (
    <ul className="bundle-list">
      {bundles.map((b) => {
        const serves = servesApplicant(b.subjectKind, applicantKind);
        return (
          <li key={b.code} className="bundle" data-code={b.code}>
            <div className="bundle__head">
              <h3>{pick(language, b.name, b.englishName)}</h3>
              <span className="mono small">{b.code}</span>
            </div>
            <p className="bundle__description">{b.description}</p>
            <div className="bundle__meta">
              {b.departments.map((d) => (
                <DepartmentBadge key={d} department={d} />
              ))}
              <span className="small">{t('catalogue.result', { result: b.result })}</span>
              <span className="small">{t('catalogue.promised', { days: b.promisedTimeLimitDays })}</span>
            </div>
            <button type="button" className="button button--primary" data-select disabled={!serves || pending !== null} onClick={() => onChoose(b)}>
              {pending === b.code ? t('catalogue.prefilling') : serves ? t('catalogue.choose') : t(`catalogue.onlyFor.${b.subjectKind}`)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
