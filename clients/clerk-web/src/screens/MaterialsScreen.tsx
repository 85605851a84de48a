import { useState } from 'react';
import { FiguresBar } from '../components/FiguresBar';
import { LicenceDialog } from '../components/LicenceDialog';
import { MaterialItem } from '../components/materials/MaterialItem';
import { Notice } from '../components/Notice';
import { ScreenHeader } from '../components/ScreenHeader';
import { addDays, chinaToday } from '../domain/dates';
import { materialsByGroup, paperMaterials } from '../domain/prefillView';
import { pick, useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import { useIntake } from '../intake/IntakeContext';
import type { MaterialMark } from '../intake/model';
import { useCasePurpose } from '../intake/useCasePurpose';
import type { RouteId } from '../navigation/routes';

/** The due date a 容缺 material is given first: a week; the clerk agrees another with the applicant. */
const DEFAULT_TOLERANCE_DAYS = 7;

const GROUP_TITLES: Record<string, MessageKey> = {
  SATISFIED_BY_LICENCE: 'materials.group.SATISFIED_BY_LICENCE',
  SATISFIED_BY_DATA: 'materials.group.SATISFIED_BY_DATA',
  PRODUCED_IN_BUNDLE: 'materials.group.PRODUCED_IN_BUNDLE',
  PROVIDER_UNAVAILABLE: 'materials.group.PROVIDER_UNAVAILABLE',
  TO_SUBMIT: 'materials.group.TO_SUBMIT',
};

/**
 * Step 4: the materials checklist. E-licences read instead of paper (with the licence
 * itself a click away), items the departments' records replace, items an earlier matter of
 * the bundle produces, and what the applicant must bring — marked received, or 容缺 with the
 * day it will be brought by. Licences are read under the case's purpose grant.
 */
export function MaterialsScreen({ onNavigate }: { onNavigate(id: RouteId): void }) {
  const { t, language } = useI18n();
  const { state, dispatch } = useIntake();
  const purpose = useCasePurpose();
  const [licenceId, setLicenceId] = useState<string | null>(null);
  if (!state.form || !state.selection) {
    return (
      <>
        <ScreenHeader title={t('materials.title')} />
        <Notice tone="info" title={t('form.needMatter')}>
          <button type="button" className="button" onClick={() => onNavigate('catalogue')}>{t('nav.catalogue')}</button>
        </Notice>
      </>
    );
  }
  const { form, selection } = state;
  const paper = paperMaterials(form.materials);
  const mark = (code: string, value: MaterialMark | null) => {
    dispatch({ type: 'materialMarked', code, mark: value });
    if (value === 'tolerated' && !state.dueDates[code]) dispatch({ type: 'dueDateSet', code, date: addDays(chinaToday(), DEFAULT_TOLERANCE_DAYS) });
  };
  const received = paper.filter((m) => state.marks[m.code] === 'received').length;
  const tolerated = paper.filter((m) => state.marks[m.code] === 'tolerated').length;
  const outstanding = paper.length - received - tolerated;
  return (
    <>
      <ScreenHeader title={t('materials.title')} subtitle={t('materials.subtitle', { title: pick(language, form.title, selection.englishName) })} />
      <FiguresBar figures={form.figures} />
      {materialsByGroup(form.materials).map(({ group, materials }) => (
        <section key={group} className={`panel material-group material-group--${group}`} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>
            {t(GROUP_TITLES[group]!)} <span className="count">{materials.length}</span>
          </h2>
          <ul className="material-list">
            {materials.map((m) => (
              <MaterialItem
                key={m.code}
                material={m}
                mark={state.marks[m.code]}
                dueDate={state.dueDates[m.code]}
                catalogue={state.catalogue}
                onShowLicence={setLicenceId}
                onMark={(value) => mark(m.code, value)}
                onDueDate={(date) => dispatch({ type: 'dueDateSet', code: m.code, date })}
              />
            ))}
          </ul>
        </section>
      ))}
      <section className="panel summary" aria-live="polite" data-testid="materials-summary">
        <p>{t('materials.summary', { total: paper.length, received, tolerated, outstanding })}</p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => onNavigate('accept')}>{t('materials.toAccept')}</button>
        </div>
      </section>
      {licenceId ? <LicenceDialog licenceId={licenceId} purpose={purpose} onClose={() => setLicenceId(null)} /> : null}
    </>
  );
}
