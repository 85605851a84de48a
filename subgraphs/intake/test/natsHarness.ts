import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { AckPolicy, connect, DeliverPolicy, type JsMsg, type NatsConnection } from 'nats';
import { streamNameFor } from '../src/modules/outbox/pushConfig';

/**
 * What a department system does with the hub's pushes, for tests: a durable consumer on the
 * stream, filtered to its own department's task subject. Every test run publishes under a
 * prefix of its own (HUB_NATS_PREFIX), so parallel runs and the real `hub.>` never meet.
 */
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/**
 * True when something answers at host:port, checked synchronously so a suite can decide
 * whether to run (jest defines tests before any await). In CI the service must answer.
 */
export function answers(host: string, port: number, what: string): boolean {
  const probe = `require('net').connect(${port}, ${JSON.stringify(host)}).on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1500, () => process.exit(1))`;
  const ok = spawnSync(process.execPath, ['-e', probe], { timeout: 5_000 }).status === 0;
  if (!ok && process.env.CI) throw new Error(`CI expects ${what} at ${host}:${port}`);
  if (!ok) console.warn(`${what} does not answer at ${host}:${port}: its tests are skipped`);
  return ok;
}

export function natsAnswers(): boolean {
  const url = new URL(TEST_NATS_URL.replace(/^nats:/, 'http:'));
  return answers(url.hostname, Number(url.port || 4222), 'NATS (JetStream)');
}

export function uniquePrefix(): { prefix: string; stream: string } {
  const prefix = `hubtest-${randomBytes(4).toString('hex')}`;
  return { prefix, stream: streamNameFor(prefix) };
}

export interface Received {
  subject: string;
  payload: Record<string, unknown>;
  outboxId: string | undefined;
  writtenAt: Date | undefined;
  receivedAt: number;
}

/** A department system's durable consumer of its own task subject. */
export class DepartmentConsumer {
  private constructor(private readonly nc: NatsConnection, private readonly stream: string, private readonly name: string) {}

  static async create(nc: NatsConnection, stream: string, filterSubject: string, name: string): Promise<DepartmentConsumer> {
    const jsm = await nc.jetstreamManager();
    await jsm.consumers.add(stream, { durable_name: name, filter_subject: filterSubject, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All });
    return new DepartmentConsumer(nc, stream, name);
  }

  /** Reads and acknowledges messages until `enough` says so or `timeoutMs` passes. */
  async receive(enough: (got: Received[]) => boolean, timeoutMs: number): Promise<Received[]> {
    const consumer = await this.nc.jetstream().consumers.get(this.stream, this.name);
    const got: Received[] = [];
    const deadline = Date.now() + timeoutMs;
    while (!enough(got) && Date.now() < deadline) {
      const msg = await consumer.next({ expires: Math.max(1_000, Math.min(2_000, deadline - Date.now())) });
      if (!msg) continue;
      got.push(read(msg));
      msg.ack();
    }
    return got;
  }
}

function read(msg: JsMsg): Received {
  const receivedAt = Date.now();
  const writtenAt = msg.headers?.get('Hub-Written-At');
  return {
    subject: msg.subject,
    payload: JSON.parse(new TextDecoder().decode(msg.data)) as Record<string, unknown>,
    outboxId: msg.headers?.get('Hub-Outbox-Id') || undefined,
    writtenAt: writtenAt ? new Date(writtenAt) : undefined,
    receivedAt,
  };
}

export async function connectTestNats(): Promise<NatsConnection> {
  return connect({ servers: TEST_NATS_URL, name: 'intake-test', timeout: 2_000 });
}

/** How many messages the stream holds on `subject` (wildcards allowed). */
export async function storedCount(nc: NatsConnection, stream: string, subject: string): Promise<number> {
  const jsm = await nc.jetstreamManager();
  const counts = (await jsm.streams.info(stream, { subjects_filter: subject })).state.subjects ?? {};
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Every message the stream holds on `subject` (an ordered consumer, nothing left behind). */
export async function streamMessages(nc: NatsConnection, stream: string, subject: string): Promise<Received[]> {
  const total = await storedCount(nc, stream, subject);
  if (!total) return [];
  const consumer = await nc.jetstream().consumers.get(stream, { filterSubjects: subject });
  const got: Received[] = [];
  const deadline = Date.now() + 10_000;
  while (got.length < total && Date.now() < deadline) {
    const msg = await consumer.next({ expires: 1_000 });
    if (msg) got.push(read(msg));
  }
  return got;
}

export async function deleteStreams(nc: NatsConnection, ...streams: string[]): Promise<void> {
  const jsm = await nc.jetstreamManager();
  for (const stream of streams) await jsm.streams.delete(stream).catch(() => false);
}
