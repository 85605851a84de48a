import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from 'nats';
import { createLogger, dropPostgresDatabase, freshDatabaseUrl, openDatabase, type Database } from '@hub/kit';
import { applyMigrations } from '../../kit/src/migrate';
import { PrismaClient } from '../src/__generated__/prisma/client';
import { OutboxPublisher } from '../src/modules/outbox/outboxPublisher';
import { freePort } from './intakeProcess';
import { streamMessages, uniquePrefix } from './natsHarness';

/**
 * NATS down is not a lost message: the outbox keeps what was committed while no server
 * answers, and the publisher sends it, once and in order, when one does — at start and
 * after a restart. A NATS server of the test's own, on a free port, with its own store.
 */
const NATS_SERVER = [process.env.NATS_SERVER_BIN, '/usr/sbin/nats-server', '/usr/local/bin/nats-server', '/usr/bin/nats-server']
  .find((p): p is string => !!p && existsSync(p));
if (!NATS_SERVER && process.env.CI) throw new Error('CI expects nats-server installed');
const runIf = NATS_SERVER ? it : it.skip;

let db: Database;
let databaseUrl: string;
let prisma: PrismaClient;
let server: ChildProcess | undefined;
const storeDir = mkdtempSync(join(tmpdir(), 'hub-nats-'));

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl('intake_outbox');
  db = await openDatabase(databaseUrl);
  await applyMigrations(db, join(__dirname, '..', 'prisma', 'migrations'));
  prisma = new PrismaClient({ adapter: db.adapter });
});
afterAll(async () => {
  await stopServer();
  await prisma?.$disconnect();
  await db?.close();
  if (databaseUrl?.startsWith('postgres')) await dropPostgresDatabase(databaseUrl);
  rmSync(storeDir, { recursive: true, force: true });
});

async function startServer(port: number): Promise<void> {
  server = spawn(NATS_SERVER!, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const probe = `require('net').connect(${port}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))`;
    if (spawnSync(process.execPath, ['-e', probe]).status === 0) return;
    await sleep(50);
  }
  throw new Error('the test NATS server did not start');
}

async function stopServer(): Promise<void> {
  const running = server;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGTERM');
  await exited;
  server = undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unpublished = () => prisma.outboxMessage.count({ where: { publishedAt: null } });
async function until(done: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !(await done())) await sleep(50);
  return done();
}
const write = (...tasks: string[]) =>
  prisma.$transaction(async (tx) => {
    for (const taskId of tasks) await tx.outboxMessage.create({ data: { subject: 'hub.tasks.civil-affairs', payload: { event: 'TASK_PENDING', taskId } } });
  });

runIf('keeps the outbox while NATS is down and publishes it once, in order, when NATS is back', async () => {
  const port = await freePort();
  const { prefix, stream } = uniquePrefix();
  const publisher = new OutboxPublisher(prisma, { servers: [`nats://127.0.0.1:${port}`], prefix, stream, pollMs: 50 }, createLogger('outbox-test'), { reconnectTimeWait: 200 });
  publisher.start();
  let nc: NatsConnection | undefined;
  try {
    await write('t1', 't2', 't3');
    await sleep(300);
    expect(await unpublished()).toBe(3);

    await startServer(port);
    expect(await until(async () => (await unpublished()) === 0, 10_000)).toBe(true);

    // NATS restarts (same store): what is written meanwhile waits, then follows.
    await stopServer();
    await write('t4', 't5');
    await sleep(300);
    expect(await unpublished()).toBe(2);
    await startServer(port);
    expect(await until(async () => (await unpublished()) === 0, 15_000)).toBe(true);

    nc = await connect({ servers: `nats://127.0.0.1:${port}` });
    const messages = await streamMessages(nc, stream, `${prefix}.tasks.civil-affairs`);
    expect(messages.map((m) => m.payload.taskId)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(messages.map((m) => Number(m.outboxId))).toEqual([1, 2, 3, 4, 5]);
    expect(publisher.stats.published).toBe(5);
  } finally {
    await nc?.close();
    await publisher.stop();
  }
}, 60_000);
