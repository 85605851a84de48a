import { DepartmentBadge } from '../components/DepartmentBadge';
import { actionKey, deliveryKey, statusKey, stepKey } from '../domain/caseView';
import { formatDay, formatDayTime } from '../domain/dates';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { CaseDetail } from '../intake/model';
import { StepName, TaskStatusTag } from './CaseTags';

const ROLE: Record<string, MessageKey> = { CLERK: 'role.CLERK', APPROVER: 'role.APPROVER', DEPARTMENT_SYSTEM: 'role.DEPARTMENT_SYSTEM', CITIZEN: 'role.CITIZEN' };

/** The back-office tasks (后台审批): each department's steps, in order, with their due dates and decisions. */
export function TaskTable({ detail, matterName, highlight }: { detail: CaseDetail; matterName(code: string): string; highlight?: string }) {
  const { t } = useI18n();
  if (detail.tasks.length === 0) return <p className="muted">{t(detail.caseType === 'IMMEDIATE' ? 'caseView.noTasksImmediate' : 'caseView.noTasks')}</p>;
  return (
    <table className="table" data-testid="tasks">
      <thead>
        <tr>
          <th scope="col">{t('caseView.col.department')}</th>
          <th scope="col">{t('caseView.col.matter')}</th>
          <th scope="col">{t('caseView.col.step')}</th>
          <th scope="col">{t('caseView.col.taskStatus')}</th>
          <th scope="col">{t('caseView.col.due')}</th>
          <th scope="col">{t('caseView.col.decision')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.tasks.map((task) => (
          <tr key={task.id} data-testid="task" data-task-id={task.id} className={`${task.department === highlight ? 'row--own' : ''}${task.overdue ? ' row--overdue' : ''}`.trim() || undefined}>
            <td><DepartmentBadge department={task.department} /></td>
            <td>{matterName(task.matterCode)} <span className="mono small muted">{task.matterCode}</span></td>
            <th scope="row"><StepName step={task.step} /></th>
            <td><TaskStatusTag status={task.status} /></td>
            <td className="nowrap">{formatDay(task.dueDate)}{task.overdue ? <span className="tag tag--down">{t('queue.overdue')}</span> : null}</td>
            <td className="small">
              {task.decidedAt ? `${formatDayTime(task.decidedAt)} ${task.decidedBy ?? ''}` : ''}
              {task.reasons ? <span className="block">{t('caseView.reasons', { text: task.reasons })}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every step of the case, oldest first, with who took it where (全程留痕). */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  return (
    <ol className="timeline" data-testid="events">
      {detail.events.map((event) => {
        const action = actionKey(event.action);
        return (
          <li key={event.seq} className="timeline__item" data-action={event.action}>
            <span className="timeline__at nowrap">{formatDayTime(event.at)}</span>
            <span className="timeline__what">
              <strong>{action ? t(action) : event.action}</strong>
              {event.fromStatus !== event.toStatus ? <span className="muted small"> → {t(statusKey(event.toStatus))}</span> : null}
              <span className="timeline__detail">{describe(event.detail, t)}</span>
            </span>
            <span className="timeline__who small">
              <span className="tag tag--role">{ROLE[event.actorRole] ? t(ROLE[event.actorRole]!) : event.actorRole}</span>{' '}
              {event.department ? <DepartmentBadge department={event.department} /> : null} {event.centre ?? event.actorName ?? ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** What a step carried, in words: reasons, the note of a correction, how the result went out, a rating. */
function describe(detail: Record<string, unknown> | null, t: Translate): string {
  if (!detail) return '';
  const parts: string[] = [];
  const step = text(detail.step);
  if (step) parts.push(stepKey(step) ? t(stepKey(step)!) : step);
  if (text(detail.matterCode)) parts.push(text(detail.matterCode)!);
  if (typeof detail.tasks === 'number' && detail.tasks > 0) parts.push(t('event.tasks', { n: detail.tasks }));
  if (count(detail.brought)) parts.push(t('event.brought', { n: count(detail.brought) }));
  if (count(detail.tolerated)) parts.push(t('event.tolerated', { n: count(detail.tolerated) }));
  if (count(detail.missing)) parts.push(t('event.missing', { n: count(detail.missing) }));
  if (detail.commitmentReplacesInspection === true) parts.push(t('event.commitment'));
  const method = text(detail.method);
  if (method) parts.push(t('event.method', { method: deliveryKey(method) ? t(deliveryKey(method)!) : method }));
  if (typeof detail.score === 'number') parts.push(t('event.score', { score: detail.score }));
  for (const [key, label] of [['reasons', 'event.reasons'], ['note', 'event.note'], ['comment', 'event.comment'], ['response', 'event.response']] as const) {
    const value = text(detail[key]);
    if (value) parts.push(t(label, { text: value }));
  }
  if (text(detail.materialCode)) parts.push(text(detail.materialCode)!);
  return parts.join(' · ');
}

/** 容缺 materials: due dates, which came, which are late. */
export function CommitmentTable({ detail, onFulfil }: { detail: CaseDetail; onFulfil?(materialCode: string): void }) {
  const { t } = useI18n();
  if (detail.commitments.length === 0) return <p className="muted">{t('accept.none')}</p>;
  return (
    <table className="table" data-testid="commitments">
      <thead>
        <tr>
          <th scope="col">{t('caseView.col.material')}</th>
          <th scope="col">{t('caseView.col.dueBy')}</th>
          <th scope="col">{t('caseView.col.brought')}</th>
          <th scope="col"><span className="visually-hidden">{t('caseView.fulfil')}</span></th>
        </tr>
      </thead>
      <tbody>
        {detail.commitments.map((c) => (
          <tr key={c.materialCode} className={c.overdue ? 'row--overdue' : undefined}>
            <th scope="row">{c.name}</th>
            <td className="nowrap">{formatDay(c.dueDate)}{c.overdue ? <span className="tag tag--down">{t('queue.overdue')}</span> : null}</td>
            <td>{c.fulfilledAt ? formatDayTime(c.fulfilledAt) : <span className="muted">{t('caseView.notYet')}</span>}</td>
            <td>
              {!c.fulfilledAt && onFulfil ? (
                <button type="button" className="button button--small" onClick={() => onFulfil(c.materialCode)} aria-label={`${t('caseView.fulfil')} ${c.name}`}>
                  {t('caseView.fulfil')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
