import type { Rng } from '../random';
import type { HouseholdWorld, Needs } from '../world';
import type { TableDef, TableSet } from './tables';

export type DepartmentName = 'civil-affairs' | 'social-security' | 'market-access' | 'e-license';

export const DEPARTMENTS: readonly DepartmentName[] = ['civil-affairs', 'social-security', 'market-access', 'e-license'];

/**
 * One department's slice of the synthetic world: its tables (in foreign-key order) and how
 * a household's facets become its rows. `clock` draws the rows' asOf instants from the
 * department's own stream, so departments confirm the same facts at different times.
 */
export interface Department {
  name: DepartmentName;
  needs: Needs;
  tables: ReadonlyArray<TableDef<never>>;
  /** Stream of the asOf clock (per household). */
  clockStream: number;
  /** Rows written once, before the first household (e.g. the licence catalogue). */
  start?(set: TableSet, seedHash: number): void;
  addHousehold(set: TableSet, world: HouseholdWorld, clock: Rng): void;
}
