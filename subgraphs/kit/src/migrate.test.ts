import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from './database';
import { applyMigrations } from './migrate';
import { bulkInsert } from './bulkInsert';

/** The embedded default (PGlite) runs the same migrations and bulk inserts as PostgreSQL. */
describe('migrations and bulk insert on the embedded database', () => {
  let db: Database;
  let dir: string;
  beforeEach(async () => {
    db = await openDatabase('pglite:memory');
    dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    mkdirSync(join(dir, '20260101000000_init'));
    writeFileSync(join(dir, '20260101000000_init', 'migration.sql'),
      `CREATE TYPE "Kind" AS ENUM ('A', 'B');\nCREATE TABLE "Thing" ("id" TEXT PRIMARY KEY, "kind" "Kind" NOT NULL, "born" DATE, "n" INTEGER, "doc" JSONB);`);
  });
  afterEach(() => db.close());

  it('applies each migration once and records it in Prisma’s bookkeeping table', async () => {
    expect((await applyMigrations(db, dir)).applied).toEqual(['20260101000000_init']);
    expect((await applyMigrations(db, dir)).alreadyApplied).toEqual(['20260101000000_init']);
    const [row] = await db.query<{ migration_name: string; checksum: string }>('SELECT migration_name, checksum FROM "_prisma_migrations"');
    expect(row).toMatchObject({ migration_name: '20260101000000_init' });
    expect(row!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a migration edited after it was applied', async () => {
    await applyMigrations(db, dir);
    writeFileSync(join(dir, '20260101000000_init', 'migration.sql'), 'SELECT 1;');
    await expect(applyMigrations(db, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it('rolls back a failing migration entirely', async () => {
    mkdirSync(join(dir, '20260102000000_broken'));
    writeFileSync(join(dir, '20260102000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (x INT);\nSELECT * FROM "Missing";');
    await expect(applyMigrations(db, dir)).rejects.toThrow();
    const half = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(half).toHaveLength(0);
  });

  it('bulk-inserts rows with enums, dates, nulls and JSON cast from text', async () => {
    await applyMigrations(db, dir);
    const rows = Array.from({ length: 12 }, (_, i) => [`t${i}`, i % 2 ? 'A' : 'B', new Date(Date.UTC(2000, 0, i + 1)), i === 3 ? null : i, { i }]);
    await bulkInsert(db, 'Thing', [
      { name: 'id', type: 'text' }, { name: 'kind', type: '"Kind"' }, { name: 'born', type: 'date' },
      { name: 'n', type: 'integer' }, { name: 'doc', type: 'jsonb' },
    ], rows, 5);
    const stored = await db.query<{ id: string; kind: string; n: number | null; doc: { i: number } }>('SELECT id, kind, n, doc FROM "Thing" ORDER BY n NULLS FIRST');
    expect(stored).toHaveLength(12);
    expect(stored[0]).toMatchObject({ id: 't3', n: null, doc: { i: 3 } });
  });
});
