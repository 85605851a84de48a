import { connect, headers, type ConnectionOptions, type JetStreamClient, type NatsConnection } from 'nats';
import type { Logger } from '@hub/kit';
import type { PrismaClient } from '../../__generated__/prisma/client';
import { publishedSubject, type PushConfig } from './pushConfig';
import { ensureTaskStream } from './taskStream';

/** Rows published per round; a full batch is followed at once by the next. */
export const BATCH_SIZE = 100;
/** How long one publish waits for the stream's acknowledgement. */
const PUBLISH_TIMEOUT_MS = 3_000;
/** A graceful stop publishes what is committed, for at most this long. */
const FINAL_DRAIN_MS = 5_000;
const MAX_BACKOFF_MS = 5_000;

export type OutboxStore = Pick<PrismaClient, 'outboxMessage'>;

interface OutboxRow {
  id: bigint;
  subject: string;
  payload: unknown;
  createdAt: Date;
}

/**
 * The message id JetStream deduplicates on: the outbox row's id and the time it was
 * written. The id alone would repeat if intake's database were recreated or restored from a
 * backup within the duplicate window, and the server would then drop real messages.
 */
export const messageIdOf = (row: Pick<OutboxRow, 'id' | 'createdAt'>) => `${row.id}-${row.createdAt.getTime()}`;

/**
 * Publishes the transactional outbox to NATS JetStream: unpublished rows in id order, in
 * batches, each with its message id, then marks them published. A crash between publishing
 * and marking republishes the rows on the next start and the server drops the repeats
 * (at least once from here, exactly once in the stream within its duplicate window). Wakes
 * every `pollMs` and at once on `nudge()`; while NATS is unreachable it backs off and the
 * outbox waits.
 */
export class OutboxPublisher {
  private stopped = false;
  private nudged = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  readonly stats = { published: 0, duplicates: 0, failures: 0 };

  constructor(
    private readonly store: OutboxStore,
    private readonly config: PushConfig,
    private readonly log: Logger,
    private readonly connectOptions: Partial<ConnectionOptions> = {},
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Something was committed to the outbox: look now rather than at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    if (this.js) await this.finalDrain(this.js);
    const nc = this.nc;
    this.nc = this.js = null;
    await nc?.drain().catch(() => nc.close());
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      this.nudged = false;
      let full = false;
      try {
        const js = this.js ?? (await this.open());
        full = (await this.publishBatch(js)) === BATCH_SIZE;
        if (failures) this.log.info({ after: failures }, 'real-time push resumed');
        failures = 0;
      } catch (err) {
        failures++;
        this.stats.failures++;
        // Once per outage, then every 30th try, so a long NATS outage does not flood the log.
        if (failures === 1 || failures % 30 === 0) this.log.warn({ err: (err as Error).message, failures }, 'outbox not published; retrying');
        // The stream may have been deleted, or the server replaced: check it again next time.
        this.js = null;
        await this.pause(Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures));
        continue;
      }
      if (!full) await this.pause(this.config.pollMs);
    }
  }

  private async open(): Promise<JetStreamClient> {
    if (!this.nc) {
      this.nc = await connect({
        servers: this.config.servers,
        name: 'intake-outbox',
        // Keep reconnecting for as long as intake runs; publishes fail (and are retried) meanwhile.
        maxReconnectAttempts: -1,
        reconnectTimeWait: 1_000,
        timeout: 2_000,
        ...this.connectOptions,
      });
      this.log.info({ servers: this.config.servers, stream: this.config.stream, prefix: this.config.prefix }, 'real-time push on: publishing the outbox to NATS JetStream');
    }
    const done = await ensureTaskStream(await this.nc.jetstreamManager(), this.config);
    if (done !== 'unchanged') this.log.info({ stream: this.config.stream, subjects: `${this.config.prefix}.>` }, `JetStream stream ${done}`);
    this.js = this.nc.jetstream();
    return this.js;
  }

  /** Publishes one batch; returns how many rows it read. Throws after marking what did get through. */
  async publishBatch(js: JetStreamClient): Promise<number> {
    const rows: OutboxRow[] = await this.store.outboxMessage.findMany({
      where: { publishedAt: null },
      orderBy: { id: 'asc' },
      take: BATCH_SIZE,
      select: { id: true, subject: true, payload: true, createdAt: true },
    });
    if (!rows.length) return 0;
    // Sent in id order on one connection, so the stream holds them in that order; acknowledged together.
    const acks = await Promise.allSettled(rows.map((row) => this.publish(js, row)));
    const published = rows.filter((_, i) => acks[i]!.status === 'fulfilled').map((row) => row.id);
    if (published.length) await this.store.outboxMessage.updateMany({ where: { id: { in: published }, publishedAt: null }, data: { publishedAt: new Date() } });
    for (const ack of acks) {
      if (ack.status !== 'fulfilled') continue;
      if (ack.value) this.stats.duplicates++;
      else this.stats.published++;
    }
    const failed = acks.find((a): a is PromiseRejectedResult => a.status === 'rejected');
    if (failed) throw failed.reason;
    return rows.length;
  }

  /** Resolves to true when the stream already held the message (a republish). */
  private async publish(js: JetStreamClient, row: OutboxRow): Promise<boolean> {
    const h = headers();
    h.set('Hub-Outbox-Id', String(row.id));
    h.set('Hub-Written-At', row.createdAt.toISOString());
    const ack = await js.publish(publishedSubject(this.config.prefix, row.subject), new TextEncoder().encode(JSON.stringify(row.payload)), {
      msgID: messageIdOf(row),
      headers: h,
      timeout: PUBLISH_TIMEOUT_MS,
    });
    return ack.duplicate;
  }

  private async finalDrain(js: JetStreamClient): Promise<void> {
    const until = Date.now() + FINAL_DRAIN_MS;
    try {
      while (Date.now() < until && (await this.publishBatch(js)) === BATCH_SIZE);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'outbox not fully published at stop; the rest goes at the next start');
    }
  }

  private pause(ms: number): Promise<void> {
    if (this.stopped || this.nudged) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
