import { useEffect, useState, type FormEvent } from 'react';
import type { Problem } from '../api/problems';
import { useSignedIn } from '../app/SessionContext';
import { Notice } from '../components/Notice';
import { ProblemNotice } from '../components/ProblemNotice';
import { ScreenHeader } from '../components/ScreenHeader';
import { formatDay } from '../domain/dates';
import { pick, useI18n } from '../i18n/I18nProvider';
import { acceptancePlan, fieldsToType, loadTerms, submitAcceptance } from '../intake/acceptance';
import { useIntake } from '../intake/IntakeContext';
import type { MaterialCheck } from '../intake/model';
import type { Navigate } from '../navigation/useRoute';

/**
 * Step 5: 受理. What the applicant brought and what is 容缺 (to be brought by a day) come
 * from the materials checklist; where a matter allows 承诺告知制 the applicant's written
 * commitment replaces the on-site inspection. With every material met the case is accepted
 * (a receipt); otherwise it is not, and a one-time notice lists everything missing at once.
 */
export function AcceptScreen({ navigate }: { navigate: Navigate }) {
  const { t, language } = useI18n();
  const { ask } = useSignedIn();
  const { state, dispatch } = useIntake();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const { selection, terms } = state;

  useEffect(() => {
    if (!selection || terms) return;
    void loadTerms(ask, selection).then((answer) => {
      // Not known: no commitment is offered, and the departments inspect as usual.
      dispatch({ type: 'termsLoaded', terms: answer.data ?? { commitmentMatters: [] } });
      setProblems(answer.problems);
    });
  }, [ask, dispatch, selection, terms]);

  if (!state.form || !state.case || !selection) {
    return (
      <>
        <ScreenHeader title={t('accept.title')} />
        <Notice tone="info" title={t('form.needMatter')}>
          <button type="button" className="button" onClick={() => navigate('catalogue')}>{t('nav.catalogue')}</button>
        </Notice>
      </>
    );
  }
  if (state.outcome) {
    const accepted = state.outcome.status !== 'NOT_ACCEPTED';
    return (
      <>
        <ScreenHeader title={t('accept.title')} />
        <Notice tone={accepted ? 'success' : 'warning'} title={t(accepted ? 'accept.done' : 'accept.doneNotice', { number: state.outcome.number ?? '' })}>
          <button type="button" className="button" onClick={() => navigate(accepted ? 'receipt' : 'notice')}>{t(accepted ? 'nav.receipt' : 'nav.notice')}</button>
        </Notice>
      </>
    );
  }

  const plan = acceptancePlan(state);
  const toType = fieldsToType(state);
  const commitmentMatters = terms?.commitmentMatters ?? [];
  const notAccepted = plan.outstanding.length > 0;
  const ready = terms !== null && plan.badDueDates.length === 0 && !saving;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    setSaving(true);
    setProblems([]);
    const commitment = commitmentMatters.length && state.commitment.trim() ? state.commitment.trim() : null;
    const answer = await submitAcceptance(ask, state, plan, commitment);
    setSaving(false);
    if (!answer.data) return setProblems(answer.problems);
    dispatch({ type: 'caseDecided', outcome: answer.data });
    navigate(answer.data.status === 'NOT_ACCEPTED' ? 'notice' : 'receipt');
  }

  return (
    <>
      <ScreenHeader title={t('accept.title')} subtitle={t('accept.subtitle', { title: pick(language, state.form.title, selection.englishName) })} />
      {toType ? (
        <Notice tone="warning" title={t('accept.fieldsToType', { n: toType })}>
          <button type="button" className="button button--small" onClick={() => navigate('form')}>{t('nav.form')}</button>
        </Notice>
      ) : null}
      <form className="stack" onSubmit={submit} noValidate data-testid="accept-form">
        <section className="panel" aria-labelledby="accept-materials">
          <h2 id="accept-materials">{t('accept.materials')}</h2>
          <div className="accept-groups">
            <MaterialGroup title={t('accept.brought', { n: plan.brought.length })} tone="ok" materials={plan.brought} testId="accept-brought" />
            <div className="accept-group" data-testid="accept-tolerated">
              <h3 className="accept-group__title accept-group__title--fix">{t('accept.tolerated', { n: plan.tolerated.length })}</h3>
              {plan.tolerated.length ? (
                <ul>
                  {plan.tolerated.map(({ material, dueDate }) => (
                    <li key={material.code} className={plan.badDueDates.includes(material) ? 'accept-group__bad' : undefined}>
                      {pick(language, material.name, material.englishName)} — {plan.badDueDates.includes(material) ? t('accept.badDueDate') : t('accept.dueBy', { date: formatDay(dueDate) })}
                    </li>
                  ))}
                </ul>
              ) : <p className="muted small">{t('accept.none')}</p>}
            </div>
            <MaterialGroup title={t('accept.outstanding', { n: plan.outstanding.length })} tone="down" materials={plan.outstanding} testId="accept-outstanding" />
            <MaterialGroup title={t('accept.satisfied', { n: plan.satisfied.length })} tone="muted" materials={plan.satisfied} testId="accept-satisfied" />
          </div>
          <div className="actions">
            <button type="button" className="button button--small" onClick={() => navigate('materials')}>{t('accept.changeMarks')}</button>
          </div>
        </section>
        {commitmentMatters.length ? (
          <section className="panel stack" aria-labelledby="accept-commitment">
            <h2 id="accept-commitment">{t('accept.commitment')}</h2>
            <p className="muted">{t('accept.commitmentExplain', { matters: commitmentMatters.map((m) => m.name).join(language === 'zh' ? '、' : ', ') })}</p>
            <label className="field">
              <span className="field__label">{t('accept.commitmentText')}</span>
              <textarea className="input textarea" rows={3} maxLength={2000} value={state.commitment} onChange={(e) => dispatch({ type: 'commitmentTyped', text: e.target.value })} placeholder={t('accept.commitmentPlaceholder')} />
            </label>
            <div className="actions">
              <button type="button" className="chip" onClick={() => dispatch({ type: 'commitmentTyped', text: t('accept.commitmentStandard') })}>{t('accept.commitmentUseStandard')}</button>
              <span className="muted small">{state.commitment.trim() ? t('accept.commitmentReplaces') : t('accept.commitmentNone')}</span>
            </div>
          </section>
        ) : null}
        <ProblemNotice problems={problems} />
        <section className={`panel summary${notAccepted ? ' summary--warn' : ''}`} aria-live="polite" data-testid="accept-summary">
          <p>{notAccepted ? t('accept.willNotice', { n: plan.outstanding.length }) : t('accept.willAccept')}</p>
          <button type="submit" className="button button--primary" disabled={!ready}>
            {saving ? t('common.saving') : notAccepted ? t('accept.submitNotice') : t('accept.submit')}
          </button>
        </section>
      </form>
    </>
  );
}

function MaterialGroup({ title, tone, materials, testId }: { title: string; tone: 'ok' | 'down' | 'muted'; materials: MaterialCheck[]; testId: string }) {
  const { t, language } = useI18n();
  return (
    <div className="accept-group" data-testid={testId}>
      <h3 className={`accept-group__title accept-group__title--${tone}`}>{title}</h3>
      {materials.length ? (
        <ul>
          {materials.map((m) => <li key={m.code}>{pick(language, m.name, m.englishName)}</li>)}
        </ul>
      ) : <p className="muted small">{t('accept.none')}</p>}
    </div>
  );
}
