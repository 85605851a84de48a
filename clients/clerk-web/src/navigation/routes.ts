import type { Role } from '../api/session';
import type { MessageKey } from '../i18n/zh';

/**
 * The workstation's screens. A clerk takes an applicant through intake (steps 1–5: the
 * applicant, the matter — which opens the case —, the prefilled form, the materials, the
 * acceptance), hands over the receipt or the one-time notice, and works the centre's queue;
 * an approver works their department's tasks; a citizen sees their own licences and reads.
 */
export type RouteId = 'applicant' | 'catalogue' | 'form' | 'materials' | 'accept' | 'notice' | 'receipt' | 'queue' | 'queueCase' | 'backOffice' | 'backOfficeCase' | 'citizen';
export type RouteGroup = 'intake' | 'cases' | 'backOffice' | 'citizen';

export interface RouteEntry {
  id: RouteId;
  path: string;
  title: MessageKey;
  group: RouteGroup;
  roles: Role[];
  /** Position in the intake sequence (1 申请人 … 5 受理). */
  step?: number;
  /** Not in the navigation: opened from a list (a case), highlighting the list's entry. */
  parent?: RouteId;
  /** The intake in progress is shown above the screen (申请人 · 事项 · 办件状态). */
  caseStrip?: boolean;
}

export const ROUTES: RouteEntry[] = [
  { id: 'applicant', path: '/applicant', title: 'nav.applicant', group: 'intake', roles: ['CLERK'], step: 1, caseStrip: true },
  { id: 'catalogue', path: '/catalogue', title: 'nav.catalogue', group: 'intake', roles: ['CLERK'], step: 2, caseStrip: true },
  { id: 'form', path: '/form', title: 'nav.form', group: 'intake', roles: ['CLERK'], step: 3, caseStrip: true },
  { id: 'materials', path: '/materials', title: 'nav.materials', group: 'intake', roles: ['CLERK'], step: 4, caseStrip: true },
  { id: 'accept', path: '/case/accept', title: 'nav.accept', group: 'intake', roles: ['CLERK'], step: 5, caseStrip: true },
  { id: 'receipt', path: '/case/receipt', title: 'nav.receipt', group: 'cases', roles: ['CLERK'], caseStrip: true },
  { id: 'notice', path: '/case/notice', title: 'nav.notice', group: 'cases', roles: ['CLERK'], caseStrip: true },
  { id: 'queue', path: '/queue', title: 'nav.queue', group: 'cases', roles: ['CLERK'] },
  { id: 'queueCase', path: '/queue/case', title: 'nav.case', group: 'cases', roles: ['CLERK'], parent: 'queue' },
  // A department system works through the API; signed in here it is told so on this screen.
  { id: 'backOffice', path: '/back-office', title: 'nav.backOffice', group: 'backOffice', roles: ['APPROVER', 'DEPARTMENT_SYSTEM'] },
  { id: 'backOfficeCase', path: '/back-office/case', title: 'nav.case', group: 'backOffice', roles: ['APPROVER'], parent: 'backOffice' },
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

/** A route and its parameters from a hash (#/queue/case?id=…); the route is null when unknown. */
export function parseHash(hash: string): { route: RouteEntry | null; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  return { route: ROUTES.find((r) => r.path === (path || '/')) ?? null, params: new URLSearchParams(query) };
}

export function hashOf(id: RouteId, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#${routeById(id).path}${query ? `?${query}` : ''}`;
}
