import type { Role } from '../api/session';
import type { MessageKey } from '../i18n/zh';

/**
 * The workstation's screens. Intake (steps 1–4) works now; the case flow (受理、一次性告知、
 * 回执、办件队列) and the back office are being built by others, so they are placeholders
 * that say what they will do. The citizen's own page works for a citizen account.
 */
export type RouteId = 'applicant' | 'catalogue' | 'form' | 'materials' | 'accept' | 'notice' | 'receipt' | 'queue' | 'backOffice' | 'citizen';
export type RouteGroup = 'intake' | 'cases' | 'backOffice' | 'citizen';

export interface RouteEntry {
  id: RouteId;
  path: string;
  title: MessageKey;
  group: RouteGroup;
  roles: Role[];
  /** Position in the intake sequence (1 申请人 … 4 材料). */
  step?: number;
  /** Not built yet: a placeholder describing the screen to come. */
  placeholder?: boolean;
}

export const ROUTES: RouteEntry[] = [
  { id: 'applicant', path: '/applicant', title: 'nav.applicant', group: 'intake', roles: ['CLERK'], step: 1 },
  { id: 'catalogue', path: '/catalogue', title: 'nav.catalogue', group: 'intake', roles: ['CLERK'], step: 2 },
  { id: 'form', path: '/form', title: 'nav.form', group: 'intake', roles: ['CLERK'], step: 3 },
  { id: 'materials', path: '/materials', title: 'nav.materials', group: 'intake', roles: ['CLERK'], step: 4 },
  { id: 'accept', path: '/case/accept', title: 'nav.accept', group: 'cases', roles: ['CLERK'], placeholder: true },
  { id: 'notice', path: '/case/notice', title: 'nav.notice', group: 'cases', roles: ['CLERK'], placeholder: true },
  { id: 'receipt', path: '/case/receipt', title: 'nav.receipt', group: 'cases', roles: ['CLERK'], placeholder: true },
  { id: 'queue', path: '/queue', title: 'nav.queue', group: 'cases', roles: ['CLERK'], placeholder: true },
  { id: 'backOffice', path: '/back-office', title: 'nav.backOffice', group: 'backOffice', roles: ['APPROVER', 'DEPARTMENT_SYSTEM'], placeholder: true },
  { id: 'citizen', path: '/me', title: 'nav.citizen', group: 'citizen', roles: ['CITIZEN'] },
];

export const GROUP_TITLES: Record<RouteGroup, MessageKey> = {
  intake: 'nav.group.intake',
  cases: 'nav.group.cases',
  backOffice: 'nav.group.backOffice',
  citizen: 'nav.group.citizen',
};

export function routesFor(role: Role): RouteEntry[] {
  return ROUTES.filter((r) => r.roles.includes(role));
}

export function routeById(id: RouteId): RouteEntry {
  return ROUTES.find((r) => r.id === id)!;
}

/** The route a hash names (#/form), or null for an unknown one. */
export function routeOfHash(hash: string): RouteEntry | null {
  const path = hash.replace(/^#/, '') || '/';
  return ROUTES.find((r) => r.path === path) ?? null;
}
