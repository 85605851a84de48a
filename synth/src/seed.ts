import { type Database, bulkInsert } from '@hub/kit';
import type { DepartmentName } from './departments/department';
import { type GenerateOptions, forEachChunk } from './generate';

export interface SeedOptions extends GenerateOptions {
  /** Households per transaction (default 1,000 ≈ 2,600 residents). */
  chunkHouseholds?: number;
}

/**
 * Writes a department's synthetic rows into its (migrated) database: one transaction per
 * chunk, tables in foreign-key order. Returns the number of rows written.
 */
export async function seedDepartment(db: Pick<Database, 'transaction'>, name: DepartmentName, options: SeedOptions): Promise<number> {
  let written = 0;
  await forEachChunk(name, { ...options, chunkHouseholds: options.chunkHouseholds ?? 1000 }, async (tables) => {
    await db.transaction(async (tx) => {
      for (const { table, columns, rows } of tables) {
        if (rows.length > 0) written += await bulkInsert(tx, table, columns, rows);
      }
    });
  });
  return written;
}
