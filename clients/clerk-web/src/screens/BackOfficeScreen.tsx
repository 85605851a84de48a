import { departmentTasks, type DepartmentTasksQuery } from '@hub/sdk';
import { useEffect, useState } from 'react';
import type { Answer } from '../api/hub';
import { useSignedIn } from '../app/SessionContext';
import { RemainingDays, StepName, TaskStatusTag } from '../cases/CaseTags';
import { TimeLimitFigures } from '../cases/TimeLimitFigures';
import { DepartmentBadge } from '../components/DepartmentBadge';
import { Notice } from '../components/Notice';
import { ProblemNotice } from '../components/ProblemNotice';
import { ScreenHeader } from '../components/ScreenHeader';
import { maskSubject } from '../domain/caseView';
import { matterName } from '../domain/catalogueSearch';
import { formatDay } from '../domain/dates';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import { useCatalogue } from '../intake/useCatalogue';
import type { Navigate } from '../navigation/useRoute';

type Filter = { id: string; label: MessageKey; status: string | null };

const FILTERS: Filter[] = [
  { id: 'todo', label: 'backOffice.filter.todo', status: null },
  { id: 'pending', label: 'backOffice.filter.pending', status: 'PENDING' },
  { id: 'correction', label: 'backOffice.filter.correction', status: 'CORRECTION_REQUESTED' },
  { id: 'approved', label: 'backOffice.filter.approved', status: 'APPROVED' },
  { id: 'refused', label: 'backOffice.filter.refused', status: 'REFUSED' },
];

/**
 * The back office (后台审批): the approver's own department's tasks, due first, each with
 * its case; opening one shows the case and the department's decisions on it.
 */
export function BackOfficeScreen({ navigate }: { navigate: Navigate }) {
  const { t } = useI18n();
  const { ask, session } = useSignedIn();
  const catalogue = useCatalogue();
  const department = session.claims.department;
  const approver = session.claims.role === 'APPROVER' && !!department;
  const [filter, setFilter] = useState<Filter>(FILTERS[0]!);
  const [answer, setAnswer] = useState<Answer<DepartmentTasksQuery> | null>(null);
  useEffect(() => {
    if (!approver) return;
    let current = true;
    setAnswer(null);
    void ask(departmentTasks, { status: filter.status }).then((a) => current && setAnswer(a));
    return () => {
      current = false;
    };
  }, [ask, approver, filter]);
  if (!approver) {
    return (
      <>
        <ScreenHeader title={t('backOffice.title')} />
        <Notice tone="info" title={t('backOffice.onlyApprovers')} />
      </>
    );
  }
  const tasks = answer?.data?.departmentTasks ?? [];
  const counts = answer?.data ? (answer.data.caseTimeLimits.departments.find((d) => d.key === department) ?? { open: 0, overdue: 0, dueToday: 0 }) : null;
  return (
    <>
      <ScreenHeader title={t('backOffice.title')} subtitle={<>{t('backOffice.subtitle')} <DepartmentBadge department={department} /></>} />
      <TimeLimitFigures counts={counts} openLabel={t('backOffice.count.open')} />
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
          {tasks.length === 0 ? (
            <p className="empty">{t('backOffice.empty')}</p>
          ) : (
            <table className="table" data-testid="department-tasks">
              <thead>
                <tr>
                  <th scope="col">{t('backOffice.col.due')}</th>
                  <th scope="col">{t('queue.col.number')}</th>
                  <th scope="col">{t('backOffice.col.case')}</th>
                  <th scope="col">{t('backOffice.col.task')}</th>
                  <th scope="col">{t('caseView.col.taskStatus')}</th>
                  <th scope="col">{t('queue.col.applicant')}</th>
                  <th scope="col"><span className="visually-hidden">{t('backOffice.open')}</span></th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((task) => (
                  <tr key={task.id} className={task.overdue ? 'row--overdue' : undefined} data-testid="task-row" data-task-id={task.id} data-number={task.case.number ?? ''}>
                    <td className="nowrap">
                      {formatDay(task.dueDate)} <RemainingDays days={task.case.remainingWorkingDays} overdue={task.overdue} />
                    </td>
                    <th scope="row" className="mono nowrap">{task.case.number ?? '—'}</th>
                    <td>{task.case.title}{task.case.caseType ? <span className="muted small"> · {t(`caseType.${task.case.caseType}`)}</span> : null}</td>
                    <td>
                      <strong><StepName step={task.step} /></strong> · {matterName(catalogue, task.matterCode) ?? task.matterCode}
                    </td>
                    <td><TaskStatusTag status={task.status} /></td>
                    <td className="mono small">{maskSubject(task.case.subjectKind, task.case.subjectCode)}</td>
                    <td>
                      <button type="button" className="button button--small button--primary" onClick={() => navigate('backOfficeCase', { id: task.case.id })} aria-label={`${t('backOffice.open')} ${task.case.number ?? task.case.title}`}>
                        {t('backOffice.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </>
  );
}
