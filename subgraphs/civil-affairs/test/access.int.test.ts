import { randomUUID } from 'node:crypto';
import {
  DATA_ACCESS_SELECT, DataAccessLog, HUB_CONTEXT_HEADER, HubContextSigner, NOT_RECORDED_CODE, postGraphQL, startTestSubgraph, testContextKeys, testPurpose,
  verifyDataAccessChain, type Caller, type DataAccessRow, type HubContext, type TestSubgraph,
} from '@hub/kit';
import type { PrismaClient } from '../src/__generated__/prisma/client';
import { civilAffairs } from '../src/server';

/**
 * 用数留痕 in one department: every read of a person's data leaves one record in civil
 * affairs' own append-only, hash-chained log; tampering with the log is found by the
 * verifier; only the person may read their log. Checked against the department's database.
 */
let sg: TestSubgraph<PrismaClient>;
let a: string;
let b: string;
beforeAll(async () => {
  sg = await startTestSubgraph(civilAffairs);
  // Two persons of different households, so their household items are their own.
  const rows = await sg.db.query<{ id: string }>(
    `SELECT DISTINCT ON ("householdId") "idNumber" AS id FROM "Resident" ORDER BY "householdId", "idNumber" LIMIT 2`);
  [a, b] = rows.map((r) => r.id) as [string, string];
  // The case's grant, as intake signs it: both persons, everything civil affairs holds on them.
  PURPOSE = await testPurpose({ id: CASE.caseId, matter: CASE.matter, subjects: [a, b], paths: ['person'] });
}, 120_000);
afterAll(() => sg?.stop());

const CLERK: Caller = { id: 'clerk-7', role: 'CLERK', centre: '博山区城东街道便民服务中心', division: '370304001' };
const CASE = { matter: '370304-ZDSHBZ-001', caseId: 'C2026-0042' };
let PURPOSE: HubContext['purpose'];

/** A request as the gateway forwards it (a context signed for civil affairs), with a trace id to find its records by. */
async function ask<T>(query: string, variables: Record<string, unknown>, caller: Caller, purpose?: HubContext['purpose']) {
  const hub: HubContext = { caller, purpose: purpose === undefined ? PURPOSE : purpose, traceId: randomUUID() };
  const signed = await new HubContextSigner(testContextKeys().signingKey).sign(hub, 'civil-affairs');
  const { body } = await postGraphQL<T>(sg.url, query, variables, { [HUB_CONTEXT_HEADER]: signed });
  return { body, traceId: hub.traceId };
}

const recordsOf = (traceId: string) =>
  sg.db.query<DataAccessRow>(`SELECT ${DATA_ACCESS_SELECT} FROM "DataAccessRecord" WHERE "traceId" = $1 ORDER BY "subjectIdNumber"`, [traceId]);
const verify = () => verifyDataAccessChain(sg.db, 'civil-affairs');

describe('recording reads', () => {
  it('leaves one record per person read, naming the items served, the caller and the purpose', async () => {
    const { body, traceId } = await ask(
      `query($ids: [String!]!) { persons(idNumbers: $ids) { idNumber name birthDate household { address members { relation person { idNumber } } } } }`,
      { ids: [a, b] }, CLERK);
    expect(body.errors).toBeUndefined();
    const records = await recordsOf(traceId);
    expect(records.map((r) => r.subjectIdNumber)).toEqual([a, b].sort());
    for (const record of records) {
      expect(record).toMatchObject({
        items: ['birthDate', 'household.address', 'household.members.person.idNumber', 'household.members.relation', 'name'],
        callerId: 'clerk-7', callerRole: 'CLERK', callerCentre: CLERK.centre, callerDivision: CLERK.division,
        purposeMatter: CASE.matter, purposeCase: CASE.caseId,
      });
    }
  });

  it('records what the gateway reads through _entities, and not a bare key lookup', async () => {
    const system: Caller = { id: 'social-security-system', role: 'DEPARTMENT_SYSTEM', department: 'social-security', grants: ['civil-affairs:person.maritalStatus'] };
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber maritalStatus } } }`;
    const read = await ask(entities, { r: [{ __typename: 'Person', idNumber: a }] }, system);
    expect(await recordsOf(read.traceId)).toEqual([expect.objectContaining({ subjectIdNumber: a, items: ['maritalStatus'], callerDepartment: 'social-security' })]);
    const keys = await ask(`query($ids: [String!]!) { persons(idNumbers: $ids) { idNumber } }`, { ids: [a] }, system);
    expect(keys.body.errors).toBeUndefined();
    expect(await recordsOf(keys.traceId)).toEqual([]);
  });

  it('keeps one unbroken chain under concurrent requests, and with other writers on the same database', async () => {
    // Two more writers of the same log, as two more replicas of the department would be:
    // only the database lock keeps them from forking the chain.
    const replicas = [new DataAccessLog(sg.db, 'civil-affairs'), new DataAccessLog(sg.db, 'civil-affairs')];
    const replicaEntry = (i: number) => ({
      subjectIdNumber: b, items: ['name'], callerId: `replica-${i}`, callerRole: 'CLERK', callerName: null, callerCentre: null,
      callerDivision: null, callerDepartment: null, purposeMatter: null, purposeCase: null, traceId: randomUUID(),
    });
    const [reads] = await Promise.all([
      Promise.all(Array.from({ length: 30 }, (_, i) => ask(`query($id: String!) { person(idNumber: $id) { name } }`, { id: i % 2 ? a : b }, CLERK))),
      ...Array.from({ length: 20 }, (_, i) => replicas[i % 2]!.append([replicaEntry(i)])),
    ]);
    for (const { body, traceId } of reads) {
      expect(body.errors).toBeUndefined();
      expect(await recordsOf(traceId)).toHaveLength(1);
    }
    const [{ n }] = await sg.db.query<{ n: string }>('SELECT max("seq")::text AS n FROM "DataAccessRecord"') as [{ n: string }];
    expect(await verify()).toEqual({ ok: true, count: Number(n), head: expect.objectContaining({ seq: Number(n) }) });
  });

  it('withholds the data when the read cannot be recorded', async () => {
    await sg.db.exec(`ALTER TABLE "DataAccessRecord" ADD CONSTRAINT "refuse_all" CHECK (false) NOT VALID`);
    try {
      const { body, traceId } = await ask(`query($id: String!) { person(idNumber: $id) { name } }`, { id: a }, CLERK);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe(NOT_RECORDED_CODE);
      expect(await recordsOf(traceId)).toEqual([]);
    } finally {
      await sg.db.exec(`ALTER TABLE "DataAccessRecord" DROP CONSTRAINT "refuse_all"`);
    }
  });
});

describe('tampering with the log', () => {
  const TRIGGER = '"DataAccessRecord_no_update_or_delete"';
  /** Runs SQL as an attacker with rights on the database: first switches the append-only trigger off. */
  async function asAttacker(sql: string, params: unknown[]): Promise<void> {
    await sg.db.exec(`ALTER TABLE "DataAccessRecord" DISABLE TRIGGER ${TRIGGER}`);
    try {
      await sg.db.query(sql, params);
    } finally {
      await sg.db.exec(`ALTER TABLE "DataAccessRecord" ENABLE TRIGGER ${TRIGGER}`);
    }
  }
  /** A record in the middle of the chain, after reads made for the purpose. */
  async function middleRecord(): Promise<DataAccessRow> {
    for (let i = 0; i < 3; i++) await ask(`query($id: String!) { person(idNumber: $id) { name gender } }`, { id: a }, CLERK);
    const [row] = await sg.db.query<DataAccessRow>(
      `SELECT ${DATA_ACCESS_SELECT} FROM "DataAccessRecord" ORDER BY "seq" DESC OFFSET 1 LIMIT 1`);
    return row!;
  }

  it('is refused by the database while the trigger is on', async () => {
    await expect(sg.db.query(`UPDATE "DataAccessRecord" SET "items" = '{}'`)).rejects.toThrow(/append-only/);
    await expect(sg.db.query(`DELETE FROM "DataAccessRecord"`)).rejects.toThrow(/append-only/);
    await expect(sg.db.exec(`TRUNCATE "DataAccessRecord"`)).rejects.toThrow(/append-only/);
  });

  it('an edited record is reported by its sequence number', async () => {
    const row = await middleRecord();
    await asAttacker(`UPDATE "DataAccessRecord" SET "items" = $1 WHERE "seq" = $2`, [['name'], row.seq]);
    try {
      expect(await verify()).toMatchObject({ ok: false, seq: Number(row.seq), problem: 'altered' });
    } finally {
      await asAttacker(`UPDATE "DataAccessRecord" SET "items" = $1 WHERE "seq" = $2`, [row.items, row.seq]);
    }
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a deleted record breaks the chain at the record after it', async () => {
    const row = await middleRecord();
    await asAttacker(`DELETE FROM "DataAccessRecord" WHERE "seq" = $1`, [row.seq]);
    try {
      const verdict = await verify();
      expect(verdict).toMatchObject({ ok: false, seq: Number(row.seq) + 1, problem: 'broken' });
      expect(verdict.ok || verdict.message).toMatch(new RegExp(`record ${row.seq} is missing`));
    } finally {
      await sg.db.query(`INSERT INTO "DataAccessRecord" SELECT * FROM json_populate_record(NULL::"DataAccessRecord", $1::json)`, [JSON.stringify(row)]);
    }
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a deleted last record is found only against a head recorded earlier (the anchor)', async () => {
    await middleRecord();
    const before = await verify();
    if (!before.ok || !before.head) throw new Error('chain should verify before tampering');
    const [last] = await sg.db.query<DataAccessRow>(`SELECT ${DATA_ACCESS_SELECT} FROM "DataAccessRecord" WHERE "seq" = $1`, [before.head.seq]);
    await asAttacker(`DELETE FROM "DataAccessRecord" WHERE "seq" = $1`, [before.head.seq]);
    try {
      expect(await verify()).toMatchObject({ ok: true });
      expect(await verifyDataAccessChain(sg.db, 'civil-affairs', { anchor: before.head })).toMatchObject({ ok: false, seq: before.head.seq, problem: 'broken' });
    } finally {
      await sg.db.query(`INSERT INTO "DataAccessRecord" SELECT * FROM json_populate_record(NULL::"DataAccessRecord", $1::json)`, [JSON.stringify(last)]);
    }
  });
});

describe('who read my data', () => {
  const LOG = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
    accessLogCivilAffairs { department seq at caller { id role centre division } purpose { matter caseId } items traceId } } } }`;
  type Log = { _entities: Array<{ accessLogCivilAffairs: Array<{ seq: number; items: string[]; traceId: string }> | null }> };

  it('shows the person every read of their data, newest first, and is not itself recorded', async () => {
    const read = await ask(`query($id: String!) { person(idNumber: $id) { name ethnicity } }`, { id: a }, CLERK);
    const citizen: Caller = { id: 'citizen-a', role: 'CITIZEN', idNumber: a };
    const [{ n: before }] = await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM "DataAccessRecord"') as [{ n: string }];
    const { body } = await ask<Log>(LOG, { r: [{ __typename: 'Person', idNumber: a }] }, citizen, null);
    expect(body.errors).toBeUndefined();
    const log = body.data!._entities[0]!.accessLogCivilAffairs!;
    const stored = await sg.db.query<{ seq: string; items: string[]; traceId: string }>(
      `SELECT "seq"::text AS seq, items, "traceId" FROM "DataAccessRecord" r WHERE "subjectIdNumber" = $1 ORDER BY r."seq" DESC LIMIT 100`, [a]);
    expect(log.map((r) => ({ seq: String(r.seq), items: r.items, traceId: r.traceId }))).toEqual(stored);
    expect(log[0]).toMatchObject({ items: ['ethnicity', 'name'], traceId: read.traceId, caller: { id: 'clerk-7', role: 'CLERK', centre: CLERK.centre }, purpose: CASE, department: 'civil-affairs' });
    const [{ n: after }] = await sg.db.query<{ n: string }>('SELECT count(*)::text AS n FROM "DataAccessRecord"') as [{ n: string }];
    expect(after).toBe(before);
  });

  it('pages by time and size, and refuses a page size out of bounds', async () => {
    const citizen: Caller = { id: 'citizen-a', role: 'CITIZEN', idNumber: a };
    const page = (args: string) => ask<{ person: { accessLogCivilAffairs: Array<{ seq: number }> | null } }>(
      `query($id: String!) { person(idNumber: $id) { accessLogCivilAffairs(${args}) { seq } } }`, { id: a }, citizen, null);
    expect((await page('limit: 2')).body.data!.person!.accessLogCivilAffairs).toHaveLength(2);
    expect((await page('since: "2999-01-01T00:00:00.000Z"')).body.data!.person!.accessLogCivilAffairs).toEqual([]);
    expect((await page('limit: 501')).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('refuses anyone else, saying why', async () => {
    for (const caller of [CLERK, { id: 'citizen-b', role: 'CITIZEN', idNumber: b } as Caller]) {
      const { body } = await ask<Log>(LOG, { r: [{ __typename: 'Person', idNumber: a }] }, caller);
      // The clerk's case covers the person, but the log is the person's alone; another
      // citizen is refused the person altogether, before the log is reached.
      expect(body.data?._entities[0]?.accessLogCivilAffairs ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: caller.role === 'CLERK' ? 'NOT_DATA_SUBJECT' : 'NOT_OWN_DATA' });
      expect(body.errors?.[0]?.message).toMatch(caller.role === 'CLERK' ? /Only the person themself/ : /only their own data/);
    }
  });
});
