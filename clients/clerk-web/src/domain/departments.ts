import type { MessageKey } from '../i18n/zh';

/** The department systems and the one-window service, as subgraph names. */
export const DEPARTMENTS = ['civil-affairs', 'social-security', 'market-access', 'e-license'] as const;
export type Department = (typeof DEPARTMENTS)[number];

const NAME_KEYS: Record<string, MessageKey> = {
  'civil-affairs': 'dept.civil-affairs',
  'social-security': 'dept.social-security',
  'market-access': 'dept.market-access',
  'e-license': 'dept.e-license',
  intake: 'dept.intake',
};

/** The short name a badge shows (民政, 人社 …); null for a name the workstation does not know. */
export function departmentKey(name: string): MessageKey | null {
  return NAME_KEYS[name] ?? null;
}

/** Data-sharing item codes start with their provider (civil.household.register → civil-affairs). */
const ITEM_PREFIXES: Record<string, Department> = {
  civil: 'civil-affairs',
  hrss: 'social-security',
  market: 'market-access',
  elic: 'e-license',
};

export function departmentOfDataItem(code: string): Department | null {
  return ITEM_PREFIXES[code.split('.')[0] ?? ''] ?? null;
}

/**
 * A department named in a gateway error ("social-security: …", serviceName) — how the
 * form knows which departments to show as unavailable when no field names them.
 */
export function departmentsNamedIn(message: string): Department[] {
  return DEPARTMENTS.filter((d) => message.includes(d));
}
