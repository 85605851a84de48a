import { randomBytes } from 'node:crypto';
import type { NatsConnection } from 'nats';
import { Pool } from 'pg';
import { dropPostgresDatabase, freshDatabaseUrl } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { B, M } from '../src/catalogue/matterCodes';
import { ensureTaskStream } from '../src/modules/outbox/taskStream';
import { startTestHub } from '../../../gateway/test/testHub';
import type { RunningGateway } from '../../../gateway/src/server';
import { CaseFlow } from './caseHarness';
import { halfWritten } from './caseIntegrity';
import { freePort, IntakeProcess } from './intakeProcess';
import { answers, connectTestNats, deleteStreams, DepartmentConsumer, natsAnswers, storedCount, streamMessages, TEST_NATS_URL, uniquePrefix, type Received } from './natsHarness';
import { pool, WindowClient, type Submission } from './submissionBurst';

/**
 * Nothing lost, nothing doubled, told at once (issue #6, items 11 and 12): new tasks reach
 * department systems through NATS JetStream from intake's outbox; a submission retried 20
 * times at once is accepted once; intake killed in the middle of a burst loses and doubles
 * nothing. The hub's intake publishes under a prefix of this run's own.
 */
const NATS = natsAnswers();
const testDatabase = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
/** The crash test shares intake's database between two processes: the real server only. */
const POSTGRES = process.env.TEST_DATABASE !== 'pglite' && answers(testDatabase.hostname, Number(testDatabase.port || 5432), 'PostgreSQL');
const hubPush = uniquePrefix();
const crashPush = uniquePrefix();
if (NATS) {
  // Read by intake when it starts (modules/outbox/pushConfig.ts); jest keeps process.env per test file.
  process.env.NATS_URL = TEST_NATS_URL;
  process.env.HUB_NATS_PREFIX = hubPush.prefix;
}

const people = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
let flow: CaseFlow;
let nc: NatsConnection | undefined;

beforeAll(async () => {
  flow = new CaseFlow(await startTestHub());
  if (NATS) nc = await connectTestNats();
}, 180_000);
afterAll(async () => {
  await flow?.hub.stop();
  if (nc) {
    await deleteStreams(nc, hubPush.stream, crashPush.stream);
    await nc.close();
  }
});

const runIf = (condition: boolean) => (condition ? it : it.skip);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits, bounded, until `done` holds; returns whether it did. */
async function eventually(done: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(50);
  }
  return done();
}

async function restaurantCase(): Promise<{ caseId: string; accept: Record<string, unknown> }> {
  const form = await flow.openAndPrefill({ idNumber: people.restaurantOwner.idNumber }, { bundleCode: B.OPEN_RESTAURANT });
  return { caseId: form.caseId, accept: { broughtMaterials: CaseFlow.toBring(form), commitment: '本人承诺经营场所符合食品安全要求。' } };
}

describe('real-time push to department systems (NATS JetStream)', () => {
  runIf(NATS)('tells market access of each of its new tasks once, with the ids intake holds; a republish is dropped by the server', async () => {
    await ensureTaskStream(await nc!.jetstreamManager(), hubPush);
    const subject = `${hubPush.prefix}.tasks.market-access`;
    const marketAccess = await DepartmentConsumer.create(nc!, hubPush.stream, subject, 'market-access-system');

    const { caseId, accept } = await restaurantCase();
    const { body } = await flow.accept(caseId, accept);
    expect(body.errors).toBeUndefined();
    const pending = await flow.prisma.caseTask.findMany({ where: { caseId, department: 'market-access', status: 'PENDING' }, orderBy: { id: 'asc' } });
    expect(pending.length).toBeGreaterThan(0);

    const ours = (got: Received[]) => got.filter((m) => m.payload.caseId === caseId);
    const received = await marketAccess.receive((got) => ours(got).length >= pending.length, 10_000);
    // Anything more would be a doubled message.
    received.push(...(await marketAccess.receive(() => false, 1_000)));
    expect(received.every((m) => m.subject === subject)).toBe(true);
    expect(ours(received).map((m) => m.payload).sort((a, b) => String(a.taskId).localeCompare(String(b.taskId)))).toEqual(
      pending.map((t) => ({
        event: 'TASK_PENDING', taskId: t.id, caseId, department: 'market-access', matterCode: t.matterCode, step: t.step,
        dueDate: t.dueDate.toISOString().slice(0, 10), title: '开办餐馆',
      })),
    );
    // From the outbox row's insert (before the commit) to the department system's hands.
    const latencies = ours(received).map((m) => m.receivedAt - m.writtenAt!.getTime());
    expect(Math.max(...latencies)).toBeLessThan(1_500);

    // intake crashed after publishing but before marking: the rows go out again, and the stream keeps one of each.
    const stored = await storedCount(nc!, hubPush.stream, `${hubPush.prefix}.>`);
    const rows = await flow.prisma.outboxMessage.findMany({ where: { payload: { path: ['caseId'], equals: caseId } } });
    expect(rows.length).toBeGreaterThanOrEqual(pending.length);
    await flow.prisma.outboxMessage.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { publishedAt: null } });
    expect(await eventually(async () => (await flow.prisma.outboxMessage.count({ where: { id: { in: rows.map((r) => r.id) }, publishedAt: null } })) === 0, 5_000)).toBe(true);
    expect(await storedCount(nc!, hubPush.stream, `${hubPush.prefix}.>`)).toBe(stored);
    expect(await marketAccess.receive(() => false, 1_000)).toEqual([]);
  });
});

describe('nothing doubled: one acceptance, however often it is sent', () => {
  it('20 concurrent acceptCase calls with one idempotency key: one ACCEPT, one number, the same tasks, every call answered', async () => {
    const { caseId, accept } = await restaurantCase();
    const key = `accept-${randomBytes(6).toString('hex')}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => flow.accept(caseId, { ...accept, idempotencyKey: key })));
    for (const { body } of answers) expect(body.errors).toBeUndefined();
    const views = answers.map(({ body }) => body.data!.acceptCase);
    const shape = (v: (typeof views)[number]) => JSON.stringify({ number: v.number, status: v.status, tasks: v.tasks.map((t) => t.id).sort() });
    expect(new Set(views.map(shape)).size).toBe(1);
    expect(views[0]!.number).toMatch(/^370304001-\d{8}-\d{4}$/);

    const stored = await flow.prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: true, tasks: true } });
    expect(stored.events.filter((e) => e.action === 'ACCEPT')).toHaveLength(1);
    expect(stored.number).toBe(views[0]!.number);
    expect(stored.tasks.map((t) => t.id).sort()).toEqual(views[0]!.tasks.map((t) => t.id).sort());
    expect(await flow.prisma.caseSubmission.count({ where: { caseId, operation: 'acceptCase' } })).toBe(1);
    // Each pending task is announced to its department once.
    const announced = await flow.prisma.outboxMessage.findMany({ where: { payload: { path: ['caseId'], equals: caseId } } });
    const pendingIds = stored.tasks.filter((t) => t.status === 'PENDING').map((t) => t.id).sort();
    expect(announced.map((m) => (m.payload as { taskId: string }).taskId).sort()).toEqual(pendingIds);
  });
});

describe('nothing lost: intake killed in the middle of a burst of submissions', () => {
  const BURST = 60;
  const KILL_AFTER = 20;
  /** What each matter gives the back office at acceptance (taskPlan.ts). */
  const TASKS: Record<string, number> = { [M.SENIOR_CARD]: 0, [M.RESIDENT_PENSION_CLAIM]: 2, [M.SUBSISTENCE_ALLOWANCE]: 2 };
  const kinds = [
    { subject: { idNumber: people.elderly80Plus.idNumber }, matterCode: M.SENIOR_CARD },
    { subject: { idNumber: people.elderly80Plus.idNumber }, matterCode: M.RESIDENT_PENSION_CLAIM },
    { subject: { idNumber: people.subsistenceHousehold.headIdNumber }, matterCode: M.SUBSISTENCE_ALLOWANCE },
  ];
  let intake: IntakeProcess | undefined;
  let databaseUrl: string | undefined;
  afterAll(async () => {
    await intake?.stop();
    if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  });

  runIf(POSTGRES)('every acknowledged case exists exactly once, none half-written, every task pushed once', async () => {
    databaseUrl = await freshDatabaseUrl('intake_crash');
    const port = await freePort();
    const subgraphUrls = Object.fromEntries([...flow.hub.departments].map(([name, sg]) => [name, sg.url]));
    const gateway: RunningGateway = await flow.hub.startGateway({ subgraphUrls: { ...subgraphUrls, intake: `http://127.0.0.1:${port}/graphql` } });
    intake = new IntakeProcess({
      port, databaseUrl, gatewayUrl: gateway.url,
      env: NATS ? { NATS_URL: TEST_NATS_URL, HUB_NATS_PREFIX: crashPush.prefix } : { NATS_URL: '' },
    });
    await intake.start();
    const client = new WindowClient(gateway.url, (await flow.hub.authHeaders('clerk-boshan', gateway)).authorization!);
    const run = randomBytes(4).toString('hex');
    const submissions: Submission[] = Array.from({ length: BURST }, (_, index) => ({
      index, ...kinds[index % kinds.length]!, openKey: `open-${run}-${index}`, acceptKey: `accept-${run}-${index}`, contradictions: [], errors: [],
    }));

    // The burst, ten at a time; after the 20th acknowledged acceptance intake is SIGKILLed with work in flight.
    let inFlight = 0;
    let inFlightAtKill = -1;
    let killing: Promise<void> | undefined;
    await pool(submissions, 10, async (s) => {
      inFlight++;
      await client.submit(s);
      inFlight--;
      if (!killing && submissions.filter((x) => x.accepted).length >= KILL_AFTER) {
        inFlightAtKill = inFlight;
        killing = intake!.kill();
      }
    }, () => !!killing);
    await killing;
    const acknowledgedBeforeCrash = submissions.filter((s) => s.accepted).length;
    expect(inFlightAtKill).toBeGreaterThan(0);

    // Restarted on the same port and database; every submission not acknowledged is retried
    // with its keys, as a workstation does, until the hub takes it again: the gateway's circuit
    // for intake, opened by the crash, lets a call through again within its reset interval (5 s).
    await intake.start();
    const retryUntil = Date.now() + 30_000;
    while (submissions.some((s) => !s.accepted) && Date.now() < retryUntil) {
      await pool(submissions.filter((s) => !s.accepted), 10, (s) => client.submit(s));
      if (submissions.some((s) => !s.accepted)) await sleep(1000);
    }
    expect(submissions.filter((s) => !s.accepted).map((s) => `${s.index}: ${s.errors.join(' | ')}`)).toEqual([]);
    expect(submissions.flatMap((s) => s.contradictions)).toEqual([]);
    expect(acknowledgedBeforeCrash).toBeLessThan(BURST);

    // Against intake's own database: each submission is one case, the one acknowledged.
    const db = new Pool({ connectionString: databaseUrl, max: 1 });
    let pendingTasks: string[];
    try {
      const cases = (await db.query<{ id: string; number: string | null; status: string; tasks: string[] | null }>(
        `SELECT c."id", c."number", c."status", array_agg(t."id"::text ORDER BY t."id") FILTER (WHERE t."id" IS NOT NULL) AS tasks
         FROM "Case" c LEFT JOIN "CaseTask" t ON t."caseId" = c."id" GROUP BY c."id"`)).rows;
      const keys = new Map((await db.query<{ key: string; caseId: string }>(`SELECT "key", "caseId" FROM "CaseSubmission" WHERE "operation" = 'openCase'`)).rows.map((r) => [r.key, r.caseId]));
      expect(cases).toHaveLength(BURST);
      const byId = new Map(cases.map((c) => [c.id, c]));
      for (const s of submissions) {
        expect(keys.get(`clerk-boshan:${s.openKey}`)).toBe(s.opened);
        expect(s.accepted!.caseId).toBe(s.opened);
        const stored = byId.get(s.opened!)!;
        expect({ number: stored.number, status: stored.status, tasks: (stored.tasks ?? []).sort() }).toEqual({ number: s.accepted!.number, status: s.accepted!.status, tasks: s.accepted!.taskIds });
      }
      pendingTasks = (await db.query<{ id: string }>(`SELECT "id"::text FROM "CaseTask" WHERE "status" = 'PENDING' ORDER BY 1`)).rows.map((r) => r.id);
    } finally {
      await db.end();
    }
    expect(await halfWritten(databaseUrl, TASKS)).toEqual([]);

    if (NATS) {
      // Published from the outbox across the crash: every pending task once in the stream.
      const outbox = new Pool({ connectionString: databaseUrl, max: 1 });
      try {
        const outboxEmpty = async () => (await outbox.query(`SELECT 1 FROM "OutboxMessage" WHERE "publishedAt" IS NULL LIMIT 1`)).rowCount === 0;
        expect(await eventually(outboxEmpty, 10_000)).toBe(true);
      } finally {
        await outbox.end();
      }
      const pushed = (await streamMessages(nc!, crashPush.stream, `${crashPush.prefix}.tasks.>`)).map((m) => String(m.payload.taskId)).sort();
      expect(pushed).toEqual(pendingTasks);
    }
  }, 180_000);
});
