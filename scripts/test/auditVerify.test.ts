import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyMigrations, DataAccessLog, dropPostgresDatabase, freshDatabaseUrl, openDatabase, type DataAccessEntry, type Database,
} from '@hub/kit';

/**
 * The verify command as an operator runs it, on a department database of its own: the
 * server's when PostgreSQL answers, else an embedded one in a directory (an in-memory one
 * cannot be shared with the command's process).
 */
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'scripts', 'dist', 'auditVerify.js');
const MIGRATIONS = join(ROOT, 'subgraphs', 'civil-affairs', 'prisma', 'migrations');
const verifyCommand = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

let url: string;
let dir: string | undefined;
let db: Database;
beforeAll(async () => {
  url = await freshDatabaseUrl('audit-cli');
  if (url === 'pglite:memory') url = `pglite:${(dir = mkdtempSync(join(tmpdir(), 'audit-cli-')))}`;
  db = await openDatabase(url);
  await applyMigrations(db, MIGRATIONS);
  const entry = (i: number): DataAccessEntry => ({
    subjectIdNumber: '370304198001010012', items: ['name'], callerId: `clerk-${i}`, callerRole: 'CLERK', callerName: null, callerCentre: null,
    callerDivision: null, callerDepartment: null, purposeMatter: null, purposeCase: null, traceId: randomUUID(),
  });
  await new DataAccessLog(db, 'civil-affairs').append([entry(1), entry(2), entry(3)]);
  // An embedded database is checked by one process at a time.
  if (dir) await db.close();
}, 60_000);
afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  else {
    await db.close();
    await dropPostgresDatabase(url);
  }
});

/** Edits record 2 as someone with rights on the database would, trigger first. */
async function tamper(): Promise<void> {
  const target = dir ? await openDatabase(url) : db;
  await target.exec(`ALTER TABLE "DataAccessRecord" DISABLE TRIGGER "DataAccessRecord_no_update_or_delete";
    UPDATE "DataAccessRecord" SET "callerId" = 'someone-else' WHERE "seq" = 2;`);
  if (dir) await target.close();
}

describe('npm run audit:verify', () => {
  it('says OK with the record count and the head to keep', () => {
    const run = verifyCommand('civil-affairs', '--database-url', url);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^civil-affairs: data-access log OK, 3 records; head 3:[0-9a-f]{64}/);
    expect(run.status).toBe(0);
  });

  it('names the altered record and exits non-zero', async () => {
    await tamper();
    const run = verifyCommand('civil-affairs', '--database-url', url);
    expect(run.stdout).toMatch(/ALTERED at record 2: record 2 was altered/);
    expect(run.status).toBe(1);
  });

  it('refuses an unknown department or a bad anchor with usage help', () => {
    expect(verifyCommand('tax-bureau').status).toBe(2);
    const run = verifyCommand('civil-affairs', '--anchor', 'yesterday');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--anchor is SEQ:HASH/);
  });
});
