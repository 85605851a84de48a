import { centreCases, type CaseStatus, type CentreCasesQuery } from '@hub/sdk';
import { useEffect, useState } from 'react';
import type { Answer } from '../api/hub';
import { useSignedIn } from '../app/SessionContext';
import { CaseStatusTag, RemainingDays } from '../cases/CaseTags';
import { TimeLimitFigures } from '../cases/TimeLimitFigures';
import { ProblemNotice } from '../components/ProblemNotice';
import { ScreenHeader } from '../components/ScreenHeader';
import { maskSubject, overdueCommitments } from '../domain/caseView';
import { formatDay } from '../domain/dates';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { Navigate } from '../navigation/useRoute';

type Filter = { id: string; label: MessageKey; status: CaseStatus | null; overdueOnly: boolean };

/** The queue's views: what is open (the default), what is overdue, and cases at one stage. */
const FILTERS: Filter[] = [
  { id: 'open', label: 'queue.filter.open', status: null, overdueOnly: false },
  { id: 'overdue', label: 'queue.filter.overdue', status: null, overdueOnly: true },
  { id: 'correction', label: 'queue.filter.correction', status: 'CORRECTION_REQUESTED', overdueOnly: false },
  { id: 'approved', label: 'queue.filter.approved', status: 'APPROVED', overdueOnly: false },
  { id: 'delivered', label: 'queue.filter.delivered', status: 'DELIVERED', overdueOnly: false },
  { id: 'notAccepted', label: 'queue.filter.notAccepted', status: 'NOT_ACCEPTED', overdueOnly: false },
];

/**
 * The centre's cases (本中心办件) against their time limits (限时办结): deadline first, the
 * working days left, overdue cases in red and 容缺 materials not brought in time; the counts
 * come from the hub's own time-limit figures. Opening one shows its tasks and its log.
 */
export function QueueScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useI18n();
  const { ask, session } = useSignedIn();
  const [filter, setFilter] = useState<Filter>(FILTERS[0]!);
  const [answer, setAnswer] = useState<Answer<CentreCasesQuery> | null>(null);
  useEffect(() => {
    let current = true;
    setAnswer(null);
    void ask(centreCases, { status: filter.status, overdueOnly: filter.overdueOnly }).then((a) => current && setAnswer(a));
    return () => {
      current = false;
    };
  }, [ask, filter]);
  const cases = answer?.data?.centreCases ?? [];
  const counts = answer?.data ? (answer.data.caseTimeLimits.centres.find((c) => c.key === session.claims.centre) ?? { open: 0, overdue: 0, dueToday: 0 }) : null;
  return (
    <>
      <ScreenHeader title={t('queue.title')} subtitle={session.claims.centre ? t('queue.subtitle', { centre: session.claims.centre }) : undefined} />
      <TimeLimitFigures counts={counts} openLabel={t('queue.count.open')} />
      <div className="chips" role="group" aria-label={t('queue.filter')}>
        {FILTERS.map((f) => (
          <button key={f.id} type="button" className="chip" aria-pressed={f.id === filter.id} onClick={() => setFilter(f)} data-filter={f.id}>
            {t(f.label)}
          </button>
        ))}
      </div>
      {answer ? <ProblemNotice problems={answer.problems} /> : <p className="muted">{t('common.loading')}</p>}
      {answer?.data ? (
        <section className="panel panel--flush" aria-label={t(filter.label)}>
          {cases.length === 0 ? (
            <p className="empty">{t('queue.empty')}</p>
          ) : (
            <table className="table queue-table" data-testid="queue">
              <thead>
                <tr>
                  <th scope="col">{t('queue.col.number')}</th>
                  <th scope="col">{t('queue.col.matter')}</th>
                  <th scope="col">{t('queue.col.applicant')}</th>
                  <th scope="col">{t('queue.col.status')}</th>
                  <th scope="col">{t('queue.col.deadline')}</th>
                  <th scope="col">{t('queue.col.remaining')}</th>
                  <th scope="col">{t('queue.col.tolerated')}</th>
                  <th scope="col"><span className="visually-hidden">{t('queue.open')}</span></th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => {
                  const late = overdueCommitments(c.commitments);
                  const waiting = c.commitments.filter((m) => !m.fulfilledAt).length;
                  return (
                    <tr key={c.id} className={c.overdue ? 'row--overdue' : undefined} data-testid="queue-row" data-case-id={c.id} data-number={c.number ?? ''}>
                      <th scope="row" className="mono nowrap">{c.number ?? <span className="muted">{t('queue.unnumbered')}</span>}</th>
                      <td>{c.title}{c.caseType ? <span className="muted small"> · {t(`caseType.${c.caseType}`)}</span> : null}</td>
                      <td className="mono small">{maskSubject(c.subjectKind, c.subjectCode)}</td>
                      <td><CaseStatusTag status={c.status} /></td>
                      <td className="nowrap">{c.deadline ? formatDay(c.deadline) : '—'}</td>
                      <td className="nowrap"><RemainingDays days={c.remainingWorkingDays} overdue={c.overdue} /></td>
                      <td className="nowrap">
                        {waiting ? <span className={late ? 'tag tag--down' : 'tag tag--fix'} data-testid={late ? 'tolerance-overdue' : undefined}>{late ? t('queue.toleratedLate', { n: late }) : t('queue.toleratedWaiting', { n: waiting })}</span> : <span className="muted">—</span>}
                      </td>
                      <td>
                        <button type="button" className="button button--small" onClick={() => navigate('queueCase', { id: c.id })} aria-label={`${t('queue.open')} ${c.number ?? c.title}`}>
                          {t('queue.open')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </>
  );
}
