import type { Problem } from '../api/problems';
import { departmentKey } from '../domain/departments';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import { Notice } from './Notice';

const MESSAGES: Record<Problem['kind'], MessageKey> = {
  network: 'problem.network',
  unauthenticated: 'problem.unauthenticated',
  noPurpose: 'problem.noPurpose',
  caseClosed: 'problem.caseClosed',
  forbidden: 'problem.forbidden',
  badInput: 'problem.badInput',
  rateLimited: 'problem.rateLimited',
  conflict: 'problem.conflict',
  illegalTransition: 'problem.illegalTransition',
  resultNotIssued: 'problem.resultNotIssued',
  unavailable: 'problem.unavailable',
  other: 'problem.other',
};

/** What went wrong, in the clerk's words first and the hub's own words underneath. */
export function ProblemNotice({ problems }: { problems: Problem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const first = problems[0]!;
  const deptKey = first.department ? departmentKey(first.department) : null;
  const department = deptKey ? t(deptKey) : (first.department ?? '');
  return (
    <Notice tone={first.kind === 'noPurpose' ? 'info' : 'error'} title={t(MESSAGES[first.kind], { department })} testId="problem">
      <ul className="problem-details">
        {problems.map((p, i) => (
          <li key={i}>{p.detail}</li>
        ))}
      </ul>
    </Notice>
  );
}
