import { civilAffairs } from './departments/civilAffairs';
import type { Department, DepartmentName } from './departments/department';
import { eLicense } from './departments/eLicense';
import { marketAccess } from './departments/marketAccess';
import { socialSecurity } from './departments/socialSecurity';
import { type TableRows, TableSet } from './departments/tables';
import { rngFor, type Seed } from './random';
import { SyntheticWorld } from './world';

export interface GenerateOptions {
  /** How many residents the population has (exactly). */
  persons: number;
  seed: Seed;
}

export interface ChunkOptions extends GenerateOptions {
  /** Households per chunk; the output is the same whatever the chunk size. */
  chunkHouseholds: number;
  /** Worker threads for finishing rows (sealing e-licences) in asynchronous runs; the output is the same. */
  workers?: number;
}

/** A small population for demos and tests, and the seed every demo uses. */
export const DEMO_PERSONS = 2000;
export const DEMO_SEED = 'one-window-demo';

const BY_NAME: Record<DepartmentName, Department> = {
  'civil-affairs': civilAffairs,
  'social-security': socialSecurity,
  'market-access': marketAccess,
  'e-license': eLicense,
};

export function department(name: DepartmentName): Department {
  const found = BY_NAME[name];
  if (!found) throw new Error(`unknown department ${String(name)}`);
  return found;
}

/**
 * A department's rows, chunk by chunk: each chunk holds the rows of `chunkHouseholds`
 * consecutive households (plus, in the first, rows written once such as the licence
 * catalogue), so memory is bounded by the chunk, not the population.
 */
export function* departmentChunks(name: DepartmentName, options: ChunkOptions): Generator<TableRows[]> {
  for (const set of filledChunks(name, options)) yield set.drain();
}

/** The same table set, filled with each chunk's rows in turn; the caller drains it before asking for the next. */
function* filledChunks(name: DepartmentName, options: ChunkOptions): Generator<TableSet> {
  const dept = department(name);
  const size = Math.max(1, Math.floor(options.chunkHouseholds));
  const world = new SyntheticWorld(options);
  const set = new TableSet(dept.tables, { seedHash: world.seedHash, workers: options.workers ?? 0 });
  dept.start?.(set, world.seedHash);
  for (let from = 0; from < world.households; from += size) {
    const to = Math.min(world.households, from + size);
    for (let h = from; h < to; h++) dept.addHousehold(set, world.household(h, dept.needs), rngFor(world.seedHash, dept.clockStream, h));
    yield set;
  }
}

/**
 * Runs `onChunk` for every chunk in order, waiting for each (e.g. for its insert) before the
 * next; rows are finished with `workers` threads where a table can (e-licences are sealed there).
 */
export async function forEachChunk(name: DepartmentName, options: ChunkOptions, onChunk: (tables: TableRows[]) => Promise<void> | void): Promise<void> {
  for (const set of filledChunks(name, options)) await onChunk(await set.drainAsync());
}

/** All of a department's rows at once: fine for the demo size, use forEachChunk for large ones. */
export function generateDepartment(name: DepartmentName, options: GenerateOptions): TableRows[] {
  const [only] = departmentChunks(name, { ...options, chunkHouseholds: Number.MAX_SAFE_INTEGER });
  if (!only) throw new Error('a population has at least one household');
  return only;
}
