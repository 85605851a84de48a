import { availableParallelism } from 'node:os';
import { type Database, bulkInsert } from '@hub/kit';
import type { DepartmentName } from './departments/department';
import { type GenerateOptions, forEachChunk } from './generate';

export interface SeedOptions extends GenerateOptions {
  /** Households per transaction (default 1,000 ≈ 2,600 residents). */
  chunkHouseholds?: number;
  /** Worker threads that seal e-licences; by default one per core from 20,000 persons, none below (starting them costs more than they save). */
  workers?: number;
}

const PARALLEL_FROM_PERSONS = 20_000;

/**
 * Writes a department's synthetic rows into its (migrated) database: one transaction per
 * chunk, tables in foreign-key order. Returns the number of rows written.
 */
export async function seedDepartment(db: Pick<Database, 'transaction'>, name: DepartmentName, options: SeedOptions): Promise<number> {
  let written = 0;
  const workers = options.workers ?? (options.persons >= PARALLEL_FROM_PERSONS ? availableParallelism() : 0);
  await forEachChunk(name, { ...options, chunkHouseholds: options.chunkHouseholds ?? 1000, workers }, async (tables) => {
    await db.transaction(async (tx) => {
      for (const { table, columns, rows } of tables) {
        if (rows.length > 0) written += await bulkInsert(tx, table, columns, rows);
      }
    });
  });
  return written;
}
