import type { CaseStatus } from '@hub/sdk';
import { statusKey, statusTone, stepKey, taskStatusKey, taskStatusTone } from '../domain/caseView';
import { useI18n } from '../i18n/I18nProvider';

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return <span className={`tag tag--${statusTone(status)}`} data-status={status}>{t(statusKey(status))}</span>;
}

export function TaskStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const key = taskStatusKey(status);
  return <span className={`tag tag--${taskStatusTone(status)}`} data-status={status}>{key ? t(key) : status}</span>;
}

export function StepName({ step }: { step: string }) {
  const { t } = useI18n();
  const key = stepKey(step);
  return <>{key ? t(key) : step}</>;
}

/**
 * Working days left until the deadline, or how far past it (超期, in red); nothing once the
 * case has ended or before it is accepted.
 */
export function RemainingDays({ days, overdue }: { days: number | null; overdue: boolean }) {
  const { t } = useI18n();
  if (overdue) return <span className="tag tag--down overdue" data-testid="overdue">{t('queue.overdueBy', { n: Math.abs(days ?? 0) })}</span>;
  if (days === null) return <span className="muted">—</span>;
  return <span className={days <= 1 ? 'due-soon' : undefined}>{days === 0 ? t('queue.dueToday') : t('queue.daysLeft', { n: days })}</span>;
}
