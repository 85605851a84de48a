import type { MessageKey } from '../i18n/zh';
import type { Role } from './session';

/**
 * How the sign-in screen names the demo accounts of gateway/src/auth/demoAccounts.ts, in
 * Chinese first: the service centre of a clerk, the post of an approver. Citizens are
 * sample people of the generated population; their names come from the gateway's list.
 */
export interface AccountLabel {
  role: Role;
  /** The centre, post or system, as a message (both languages). */
  title?: MessageKey;
  /** Town division code of a clerk's centre. */
  division?: string;
  /** Who a sample citizen is, as a message. */
  about?: MessageKey;
}

const LABELS: Record<string, AccountLabel> = {
  'clerk-boshan': { role: 'CLERK', title: 'account.clerk-boshan', division: '370304001' },
  'clerk-zhoucun': { role: 'CLERK', title: 'account.clerk-zhoucun', division: '370306001' },
  'approver-civil-affairs': { role: 'APPROVER', title: 'account.approver-civil-affairs' },
  'approver-social-security': { role: 'APPROVER', title: 'account.approver-social-security' },
  'approver-market-access': { role: 'APPROVER', title: 'account.approver-market-access' },
  'approver-e-license': { role: 'APPROVER', title: 'account.approver-e-license' },
  'system-social-security': { role: 'DEPARTMENT_SYSTEM', title: 'account.system-social-security' },
  'citizen-restaurant-owner': { role: 'CITIZEN', about: 'account.citizen-restaurant-owner' },
  'citizen-elderly': { role: 'CITIZEN', about: 'account.citizen-elderly' },
  'citizen-unemployed': { role: 'CITIZEN', about: 'account.citizen-unemployed' },
};

/** The label of a known account; an unknown one is grouped by its name's prefix. */
export function accountLabel(account: string): AccountLabel {
  const known = LABELS[account];
  if (known) return known;
  if (account.startsWith('clerk-')) return { role: 'CLERK' };
  if (account.startsWith('approver-')) return { role: 'APPROVER' };
  if (account.startsWith('citizen-')) return { role: 'CITIZEN' };
  return { role: 'DEPARTMENT_SYSTEM' };
}

/** A sample citizen's name: the gateway's description starts with it ("高彩玲, runs a restaurant …"). */
export function citizenName(description: string): string | null {
  const first = description.split(/[,，]/)[0]?.trim() ?? '';
  return /^[\u4e00-\u9fff·]{2,8}$/.test(first) ? first : null;
}
