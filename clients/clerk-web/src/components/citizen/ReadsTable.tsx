import type { DataReadFragment } from '@hub/sdk';
import { formatDayTime } from '../../domain/dates';
import { readRecords } from '../../domain/readItems';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { DepartmentBadge } from '../DepartmentBadge';

const ROLE: Record<string, MessageKey> = { CLERK: 'role.CLERK', APPROVER: 'role.APPROVER', DEPARTMENT_SYSTEM: 'role.DEPARTMENT_SYSTEM', CITIZEN: 'role.CITIZEN' };

/** Who read the citizen's data (用数留痕): when, which department served it, who asked, why, and what. */
export function ReadsTable({ reads }: { reads: DataReadFragment[] }) {
  const { t, language } = useI18n();
  if (reads.length === 0) return <p className="muted">{t('citizen.noReads')}</p>;
  return (
    <table className="table" data-testid="reads">
      <thead>
        <tr>
          <th scope="col">{t('citizen.col.at')}</th>
          <th scope="col">{t('citizen.col.department')}</th>
          <th scope="col">{t('citizen.col.who')}</th>
          <th scope="col">{t('citizen.col.why')}</th>
          <th scope="col">{t('citizen.col.items')}</th>
        </tr>
      </thead>
      <tbody>
        {reads.map((r) => (
          <tr key={`${r.department}-${r.seq}`}>
            <td className="nowrap">{formatDayTime(r.at)}</td>
            <td>
              <DepartmentBadge department={r.department} />
            </td>
            <td>
              <span className="tag tag--role">{ROLE[r.caller.role] ? t(ROLE[r.caller.role]!) : r.caller.role}</span> {r.caller.centre ?? r.caller.name ?? r.caller.id}
            </td>
            <td className="small">
              {r.purpose?.matter ? <span className="mono">{r.purpose.matter}</span> : <span className="muted">{t('citizen.noPurpose')}</span>}
              {r.purpose?.caseId ? <span className="mono case-id">{r.purpose.caseId}</span> : null}
            </td>
            <td title={r.items.join(', ')}>{readRecords(r.items, language).join(language === 'zh' ? '、' : ', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
