import { applyMigrations, openDatabase, type Database } from '@hub/kit';
import { join } from 'node:path';
import { DEPARTMENTS, generateDepartment, seedDepartment } from './index';

/**
 * The rows go into each department's real schema: migrate an embedded database with the
 * department's Prisma migrations, seed it in small chunks, and count what arrived. The four
 * departments share one PGlite instance (booting it is the slow part), each in its own
 * PostgreSQL schema, as if in its own database.
 *
 * PGlite loads its WebAssembly with dynamic import(), which jest allows only under
 * NODE_OPTIONS=--experimental-vm-modules (as `npm test` runs it); without the flag these
 * tests are skipped rather than crashing the run.
 */
const vmModules = [...(process.env.NODE_OPTIONS ?? '').split(/\s+/), ...process.execArgv].includes('--experimental-vm-modules');
const migrations = (department: string): string => join(__dirname, '..', '..', 'subgraphs', department, 'prisma', 'migrations');
const options = { persons: 400, seed: 'seed-test' };

(vmModules ? describe : describe.skip)('seeding each department into its migrated database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase('pglite:memory');
  });
  afterAll(() => db.close());

  it.each(DEPARTMENTS)('%s: inserts every generated row, table by table, in chunks', async (department) => {
    const schema = department.replace('-', '_');
    await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema};`);
    await applyMigrations(db, migrations(department));
    const expected = generateDepartment(department, options);
    const written = await seedDepartment(db, department, { ...options, chunkHouseholds: 40 });
    expect(written).toBe(expected.reduce((sum, t) => sum + t.rows.length, 0));
    for (const { table, rows } of expected) {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      expect(row?.n).toBe(rows.length);
    }
  });
});
