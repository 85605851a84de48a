import { matterCatalogue } from '@hub/sdk';
import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../api/problems';
import { useSignedIn } from '../app/SessionContext';
import { BundleList } from '../components/catalogue/BundleList';
import { CatalogueFilters } from '../components/catalogue/CatalogueFilters';
import { MatterTable } from '../components/catalogue/MatterTable';
import { Notice } from '../components/Notice';
import { ProblemNotice } from '../components/ProblemNotice';
import { ScreenHeader } from '../components/ScreenHeader';
import { filterBundles, filterMatters, type CatalogueFilter } from '../domain/catalogueSearch';
import { useI18n } from '../i18n/I18nProvider';
import { abandonDraft, freshGrant, openCaseFor, prefillCase } from '../intake/caseOpening';
import { useIntake } from '../intake/IntakeContext';
import type { OpenedCase, Selection } from '../intake/model';

/**
 * Step 2: the matter or life-event bundle, from the searchable catalogue. Choosing one opens
 * the case (登记) — the purpose under which the applicant's data may now be read — and
 * prefills its form and reads the applicant's card under the case's grant.
 */
export function CatalogueScreen({ onPrefilled, onNeedApplicant }: { onPrefilled(): void; onNeedApplicant(): void }) {
  const { t } = useI18n();
  const { ask } = useSignedIn();
  const { state, dispatch } = useIntake();
  const [filter, setFilter] = useState<CatalogueFilter>({ words: '', department: null });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, setPending] = useState<string | null>(null);
  const results = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.catalogue) return;
    void ask(matterCatalogue, {}).then((answer) => {
      if (answer.data) dispatch({ type: 'catalogueLoaded', catalogue: answer.data });
      setProblems(answer.problems);
    });
  }, [ask, dispatch, state.catalogue]);

  if (!state.applicant) {
    return (
      <>
        <ScreenHeader title={t('catalogue.title')} />
        <Notice tone="info" title={t('catalogue.needApplicant')}>
          <button type="button" className="button" onClick={onNeedApplicant}>{t('nav.applicant')}</button>
        </Notice>
      </>
    );
  }
  const applicant = state.applicant;

  /** The case already opened for this matter and still being registered (a retried prefill), with a fresh grant. */
  async function reusable(selection: Selection): Promise<OpenedCase | null> {
    const current = state.case;
    if (!current || current.status !== 'DRAFT' || state.outcome || state.selection?.code !== selection.code) return null;
    const grant = await freshGrant(ask, current.id, current.grant);
    return grant.data ? { ...current, grant: grant.data } : null;
  }

  async function choose(selection: Selection) {
    setPending(selection.code);
    setProblems([]);
    let opened = await reusable(selection);
    if (!opened) {
      void abandonDraft(ask, state, t('case.abandoned.matter'));
      const answer = await openCaseFor(ask, applicant, selection);
      if (!answer.data) {
        setPending(null);
        return setProblems(answer.problems);
      }
      opened = answer.data;
    }
    dispatch({ type: 'caseOpened', selection, opened });
    const { form, card } = await prefillCase(ask, applicant, selection, opened);
    setPending(null);
    if (!form.data) return setProblems(form.problems);
    dispatch({ type: 'prefilled', form: form.data, problems: form.problems, card });
    onPrefilled();
  }

  const catalogue = state.catalogue;
  const bundles = catalogue ? filterBundles(catalogue, filter) : [];
  const matters = catalogue ? filterMatters(catalogue, filter) : [];
  const focusFirstResult = () => results.current?.querySelector<HTMLButtonElement>('button[data-select]:not([disabled])')?.focus();
  return (
    <>
      <ScreenHeader title={t('catalogue.title')} subtitle={t('catalogue.subtitle')} />
      <CatalogueFilters filter={filter} onChange={setFilter} onSubmit={focusFirstResult} />
      <ProblemNotice problems={problems} />
      {!catalogue && problems.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      <div ref={results} className="stack">
        {catalogue ? (
          <>
            <section className="panel" aria-labelledby="bundles-title">
              <h2 id="bundles-title">{t('catalogue.bundles')} <span className="count">{bundles.length}</span></h2>
              <BundleList bundles={bundles} applicantKind={applicant.kind} pending={pending} onChoose={(b) => void choose({ type: 'bundle', code: b.code, name: b.name, englishName: b.englishName })} />
            </section>
            <section className="panel" aria-labelledby="matters-title">
              <h2 id="matters-title">{t('catalogue.matters')} <span className="count">{matters.length}</span></h2>
              <MatterTable matters={matters} applicantKind={applicant.kind} pending={pending} onChoose={(m) => void choose({ type: 'matter', code: m.code, name: m.name, englishName: m.englishName })} />
            </section>
          </>
        ) : null}
      </div>
    </>
  );
}
