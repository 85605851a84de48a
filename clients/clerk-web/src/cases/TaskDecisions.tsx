import { decideTask } from '@hub/sdk';
import { useState } from 'react';
import type { Answer } from '../api/hub';
import type { Problem } from '../api/problems';
import { useSignedIn } from '../app/SessionContext';
import { DepartmentBadge } from '../components/DepartmentBadge';
import { formatDay } from '../domain/dates';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { CaseDetail } from '../intake/model';
import { ActionDialog, ReasonField } from './ActionDialog';
import { StepName } from './CaseTags';

type Take = <T>(step: Promise<Answer<T>>, result: (data: T) => CaseDetail) => Promise<Problem[] | null>;
type Decision = 'APPROVE' | 'REFUSE' | 'REQUEST_CORRECTION';
type Task = CaseDetail['tasks'][number];

const DECISIONS: Array<{ decision: Decision; label: MessageKey; title: MessageKey; explain: MessageKey; reasons: MessageKey; suggestions: MessageKey[] }> = [
  { decision: 'APPROVE', label: 'decide.approve', title: 'decide.approveTitle', explain: 'decide.approveExplain', reasons: 'decide.opinion', suggestions: ['decide.opinion.ok'] },
  { decision: 'REQUEST_CORRECTION', label: 'decide.correction', title: 'decide.correctionTitle', explain: 'decide.correctionExplain', reasons: 'decide.correctionReasons', suggestions: ['decide.correction.document', 'decide.correction.inconsistent'] },
  { decision: 'REFUSE', label: 'decide.refuse', title: 'decide.refuseTitle', explain: 'decide.refuseExplain', reasons: 'decide.refuseReasons', suggestions: ['decide.refuse.conditions'] },
];

/**
 * 后台审批: the approver's own department's pending tasks on this case, each approved, sent
 * back for a correction (补正, with what to correct) or refused (不予许可, with written reasons).
 */
export function TaskDecisions({ detail, take, matterName }: { detail: CaseDetail; take: Take; matterName(code: string): string }) {
  const { t } = useI18n();
  const { ask, session } = useSignedIn();
  const department = session.claims.department;
  const [open, setOpen] = useState<{ task: Task; decision: (typeof DECISIONS)[number] } | null>(null);
  const [reasons, setReasons] = useState('');
  const own = detail.tasks.filter((task) => task.department === department);
  const pending = own.filter((task) => task.status === 'PENDING' && detail.status === 'IN_PROGRESS');
  return (
    <section className="panel" aria-labelledby="decisions">
      <h2 id="decisions">
        {t('decide.title')} {department ? <DepartmentBadge department={department} /> : null}
      </h2>
      {pending.length === 0 ? <p className="muted" data-testid="no-decision">{t(own.some((task) => task.status === 'CORRECTION_REQUESTED') ? 'decide.waitingCorrection' : 'decide.nothing')}</p> : null}
      <ul className="decision-list">
        {pending.map((task) => (
          <li key={task.id} className="decision" data-testid="decision" data-task-id={task.id}>
            <div>
              <strong><StepName step={task.step} /></strong> · {matterName(task.matterCode)} <span className="mono small muted">{task.matterCode}</span>
              <span className="block small muted">{t('decide.due', { date: formatDay(task.dueDate) })}</span>
            </div>
            <div className="actions">
              {DECISIONS.map((d) => (
                <button key={d.decision} type="button" className={`button${d.decision === 'APPROVE' ? ' button--primary' : ''}${d.decision === 'REFUSE' ? ' button--danger-outline' : ''}`} onClick={() => {
                    setReasons('');
                    setOpen({ task, decision: d });
                  }} data-decision={d.decision}>
                  {t(d.label)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {open ? (
        <ActionDialog
          title={t(open.decision.title)}
          explain={t(open.decision.explain)}
          submitLabel={t(open.decision.label)}
          testId="decision-dialog"
          danger={open.decision.decision === 'REFUSE'}
          canSubmit={open.decision.decision === 'APPROVE' || !!reasons.trim()}
          onClose={() => setOpen(null)}
          onSubmit={async () => {
            const refused = await take(ask(decideTask, { taskId: open.task.id, decision: open.decision.decision, reasons: reasons.trim() || null, expectedVersion: detail.version }), (d) => d.decideTask);
            if (!refused) setOpen(null);
            return refused;
          }}
        >
          <p>
            <strong><StepName step={open.task.step} /></strong> · {matterName(open.task.matterCode)}
          </p>
          <ReasonField label={t(open.decision.reasons)} value={reasons} required={open.decision.decision !== 'APPROVE'} onChange={setReasons} suggestions={open.decision.suggestions} />
        </ActionDialog>
      ) : null}
    </section>
  );
}
