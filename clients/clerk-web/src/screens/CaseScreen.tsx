import { useState } from 'react';
import type { Problem } from '../api/problems';
import { useSignedIn } from '../app/SessionContext';
import { CaseApplicant } from '../cases/CaseApplicant';
import { CaseTimeline, CommitmentTable, TaskTable } from '../cases/CaseRecords';
import { CaseStatusTag, RemainingDays } from '../cases/CaseTags';
import { TaskDecisions } from '../cases/TaskDecisions';
import { useCaseDetail } from '../cases/useCaseDetail';
import { useFulfil, WindowActions } from '../cases/WindowActions';
import { Notice } from '../components/Notice';
import { ProblemNotice } from '../components/ProblemNotice';
import { ScreenHeader } from '../components/ScreenHeader';
import { deliveryKey } from '../domain/caseView';
import { matterName } from '../domain/catalogueSearch';
import { formatDay, formatDayTime } from '../domain/dates';
import { useI18n } from '../i18n/I18nProvider';
import { useCatalogue } from '../intake/useCatalogue';
import type { CaseDetail } from '../intake/model';

/**
 * One case (办件详情), for the centre's clerks from the queue and for the approvers of its
 * departments from the back office: where it stands against its deadline, the applicant
 * (under the case's grant while it is open), the back-office tasks, 容缺 commitments, the
 * one-time notice if any, and every step it took. The clerk gets the window's steps, the
 * approver their department's decisions.
 */
export function CaseScreen({ caseId, mode, onBack }: { caseId: string | null; mode: 'window' | 'backOffice'; onBack(): void }) {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const catalogue = useCatalogue();
  const { detail, problems, loading, take } = useCaseDetail(caseId);
  const fulfil = useFulfil(mode === 'window' ? detail : null, take);
  const [fulfilProblems, setFulfilProblems] = useState<Problem[]>([]);
  const nameOf = (code: string) => matterName(catalogue, code) ?? code;
  const back = (
    <button type="button" className="button" onClick={onBack}>
      {t(mode === 'window' ? 'caseView.backToQueue' : 'caseView.backToTasks')}
    </button>
  );
  if (!detail) {
    return (
      <>
        <ScreenHeader title={t('nav.case')} actions={back} />
        {loading ? <p className="muted">{t('common.loading')}</p> : <ProblemNotice problems={problems} />}
        {!loading && problems.length === 0 ? <Notice tone="info" title={t('caseView.none')} /> : null}
      </>
    );
  }
  return (
    <>
      <ScreenHeader
        title={t('caseView.title', { number: detail.number ?? t('queue.unnumbered'), title: detail.title })}
        subtitle={<CaseStatusTag status={detail.status} />}
        actions={back}
      />
      <ProblemNotice problems={problems} />
      <Summary detail={detail} />
      <CaseApplicant detail={detail} />
      {mode === 'window' ? <WindowActions detail={detail} take={take} /> : <TaskDecisions detail={detail} take={take} matterName={nameOf} />}
      <section className="panel panel--table" aria-labelledby="case-tasks">
        <h2 id="case-tasks">{t('caseView.tasks')} <span className="count">{detail.tasks.length}</span></h2>
        <TaskTable detail={detail} matterName={nameOf} highlight={mode === 'backOffice' ? session.claims.department : undefined} />
      </section>
      {detail.commitments.length ? (
        <section className="panel panel--table" aria-labelledby="case-commitments">
          <h2 id="case-commitments">{t('caseView.commitments')}</h2>
          <ProblemNotice problems={fulfilProblems} />
          <CommitmentTable detail={detail} onFulfil={fulfil ? (code) => void fulfil(code).then((p) => setFulfilProblems(p ?? [])) : undefined} />
        </section>
      ) : null}
      {detail.notice ? (
        <section className="panel" aria-labelledby="case-notice">
          <h2 id="case-notice">{t('notice.document')} <span className="muted small">{formatDayTime(detail.notice.issuedAt)}</span></h2>
          <ol>{detail.notice.items.map((item) => <li key={item.code}>{item.name} · {t(item.requirement === 'MAY_BE_TOLERATED' ? 'notice.mayBeTolerated' : 'notice.mustSubmit')}</li>)}</ol>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="case-events">
        <h2 id="case-events">{t('caseView.events')} <span className="count">{detail.events.length}</span></h2>
        <CaseTimeline detail={detail} />
      </section>
    </>
  );
}

function Summary({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-label={t('caseView.summary')} data-testid="case-summary">
      <dl className="facts facts--columns">
        <dt>{t('receipt.number')}</dt>
        <dd className="mono strong">{detail.number ?? <span className="muted">{t('queue.unnumbered')}</span>}</dd>
        <dt>{t('receipt.matter')}</dt>
        <dd>{detail.title} <span className="mono small muted">{detail.bundleCode ?? detail.matterCode}</span></dd>
        <dt>{t('receipt.caseType')}</dt>
        <dd>{detail.caseType ? t(`caseType.${detail.caseType}`) : '—'}</dd>
        <dt>{t('receipt.centre')}</dt>
        <dd>{detail.centre}</dd>
        <dt>{t('caseView.openedAt')}</dt>
        <dd>{formatDayTime(detail.openedAt)}</dd>
        <dt>{t('receipt.acceptedAt')}</dt>
        <dd>{detail.acceptedAt ? formatDayTime(detail.acceptedAt) : '—'}</dd>
        <dt>{t('receipt.deadline')}</dt>
        <dd>
          {detail.deadline ? formatDay(detail.deadline) : '—'} <RemainingDays days={detail.remainingWorkingDays} overdue={detail.overdue} />
        </dd>
        {detail.commitmentText ? (
          <>
            <dt>{t('receipt.commitment')}</dt>
            <dd>{detail.commitmentText}</dd>
          </>
        ) : null}
        {detail.mandate ? (
          <>
            <dt>{t('caseView.mandate')}</dt>
            <dd>{detail.mandate.agentName} · {detail.mandate.station} · {detail.mandate.scope}</dd>
          </>
        ) : null}
        {detail.closingReasons ? (
          <>
            <dt>{t('caseView.closingReasons')}</dt>
            <dd>{detail.closingReasons}</dd>
          </>
        ) : null}
        {detail.deliveryMethod ? (
          <>
            <dt>{t('caseView.delivered')}</dt>
            <dd>{deliveryKey(detail.deliveryMethod) ? t(deliveryKey(detail.deliveryMethod)!) : detail.deliveryMethod} · {formatDayTime(detail.deliveredAt)}</dd>
          </>
        ) : null}
        {detail.rating ? (
          <>
            <dt>{t('caseView.rating')}</dt>
            <dd data-testid="rating">
              {t('caseView.ratingScore', { score: detail.rating.score })} {detail.rating.comment ?? ''}
              {detail.rating.followUpOpen ? <span className="tag tag--down">{t('caseView.followUpOpen')}</span> : null}
              {detail.rating.followUpResponse ? <span className="block small">{t('event.response', { text: detail.rating.followUpResponse })}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
