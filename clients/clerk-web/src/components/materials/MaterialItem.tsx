import { matterName } from '../../domain/catalogueSearch';
import { departmentOfDataItem } from '../../domain/departments';
import { formatDay } from '../../domain/dates';
import { pick, useI18n } from '../../i18n/I18nProvider';
import type { Catalogue, MaterialCheck, MaterialMark } from '../../intake/model';
import { DepartmentBadge } from '../DepartmentBadge';
import { MarkChoice } from './MarkChoice';

interface Props {
  material: MaterialCheck;
  mark: MaterialMark | undefined;
  dueDate: string | undefined;
  catalogue: Catalogue | null;
  onMark(mark: MaterialMark | null): void;
  onDueDate(date: string): void;
  onShowLicence(id: string): void;
}

/** One material: how the hub met it, or what the applicant brings and whether it may follow later (容缺). */
export function MaterialItem({ material, mark, dueDate, catalogue, onMark, onDueDate, onShowLicence }: Props) {
  const { t, language } = useI18n();
  return (
    <li className={`material material--${material.status}`} data-code={material.code} data-testid="material">
      <div className="material__head">
        <span className="material__name">{pick(language, material.name, material.englishName)}</span>
        {material.required ? null : <span className="tag tag--muted">{t('materials.optional')}</span>}
        {material.tolerated ? <span className="tag tag--fix">{t('materials.tolerated')}</span> : null}
      </div>
      <div className="material__detail">
        <Detail material={material} catalogue={catalogue} onShowLicence={onShowLicence} />
        {material.note ? <p className="material__note">{material.note}</p> : null}
      </div>
      {material.status === 'TO_SUBMIT' || material.status === 'PROVIDER_UNAVAILABLE' ? (
        <MarkChoice code={material.code} name={material.name} tolerated={material.tolerated} mark={mark} dueDate={dueDate} onMark={onMark} onDueDate={onDueDate} />
      ) : null}
    </li>
  );
}

function Detail({ material, catalogue, onShowLicence }: { material: MaterialCheck; catalogue: Catalogue | null; onShowLicence(id: string): void }) {
  const { t } = useI18n();
  if (material.status === 'SATISFIED_BY_LICENCE' && !material.licence) {
    // Met by a valid licence the library reported, whose details this caller may not see yet.
    return <p className="material__met"><DepartmentBadge department="e-license" /> {t('materials.byLicence')}</p>;
  }
  if (material.status === 'SATISFIED_BY_LICENCE' && material.licence) {
    const licence = material.licence;
    return (
      <p className="material__met">
        <DepartmentBadge department="e-license" /> {licence.name} · {licence.validUntil ? t('materials.validUntil', { date: formatDay(licence.validUntil) }) : t('licence.indefinite')}{' '}
        <button type="button" className="button button--small" onClick={() => onShowLicence(licence.id)} data-testid="show-licence">
          {t('materials.showLicence')}
        </button>
      </p>
    );
  }
  if (material.status === 'SATISFIED_BY_DATA') {
    const department = material.dataItem ? departmentOfDataItem(material.dataItem) : null;
    return <p className="material__met">{department ? <DepartmentBadge department={department} /> : null} {t('materials.byData')}</p>;
  }
  if (material.status === 'PRODUCED_IN_BUNDLE' && material.producedBy) {
    const name = matterName(catalogue, material.producedBy) ?? material.producedBy;
    return <p className="material__met">{t('materials.producedBy', { name, code: material.producedBy })}</p>;
  }
  return null;
}
