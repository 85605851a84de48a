/**
 * Real-time push to department systems, read once at start:
 *   NATS_URL             NATS server(s) with JetStream, comma-separated (nats://127.0.0.1:4222);
 *                        unset: push is off and the outbox accumulates until it is set
 *   HUB_NATS_PREFIX      first subject token(s), default `hub`: the outbox's `hub.tasks.<department>`
 *                        is published as `<prefix>.tasks.<department>` (tests use a prefix of their own)
 *   HUB_NATS_STREAM      the JetStream stream, default `HUB_TASKS` for prefix `hub`, else `<PREFIX>_TASKS`
 *   HUB_OUTBOX_POLL_MS   how often the outbox is checked when nothing nudges the publisher, default 200
 */
export interface PushConfig {
  servers: string[];
  prefix: string;
  stream: string;
  pollMs: number;
}

export const DEFAULT_PREFIX = 'hub';
export const DEFAULT_POLL_MS = 200;
/** The prefix the case flow writes subjects with (caseTransaction.ts taskSubject). */
export const OUTBOX_PREFIX = 'hub';

const PREFIX = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
const STREAM = /^[A-Za-z0-9_-]{1,64}$/;

/** The stream a prefix publishes into: `hub` → HUB_TASKS, `test-1a2b.hub` → TEST_1A2B_HUB_TASKS. */
export function streamNameFor(prefix: string): string {
  return `${prefix.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase()}_TASKS`;
}

export function readPushConfig(env: NodeJS.ProcessEnv = process.env): PushConfig | null {
  const url = env.NATS_URL?.trim();
  if (!url) return null;
  const servers = url.split(',').map((s) => s.trim()).filter(Boolean);
  for (const server of servers) {
    if (!/^(nats|tls):\/\/[^\s/]+$/.test(server) && !/^[^\s/:]+:\d+$/.test(server)) throw new Error(`NATS_URL must be nats://host:port (comma-separated for several), got ${server}`);
  }
  const prefix = env.HUB_NATS_PREFIX?.trim() || DEFAULT_PREFIX;
  if (!PREFIX.test(prefix)) throw new Error(`HUB_NATS_PREFIX must be subject tokens of letters, digits, _ or - joined by dots, got ${prefix}`);
  const stream = env.HUB_NATS_STREAM?.trim() || streamNameFor(prefix);
  if (!STREAM.test(stream)) throw new Error(`HUB_NATS_STREAM must be 1–64 letters, digits, _ or -, got ${stream}`);
  const pollText = env.HUB_OUTBOX_POLL_MS ?? String(DEFAULT_POLL_MS);
  const pollMs = Number(pollText);
  if (!Number.isInteger(pollMs) || pollMs < 10 || pollMs > 60_000) throw new Error(`HUB_OUTBOX_POLL_MS must be an integer from 10 to 60000, got ${pollText}`);
  return { servers, prefix, stream, pollMs };
}

/**
 * The subject an outbox row is published on: `hub.tasks.x` under prefix `p` → `p.tasks.x`.
 * Whitespace (say, in a centre's name) would break the NATS protocol line and the row would
 * never go out, so it becomes `_`.
 */
export function publishedSubject(prefix: string, stored: string): string {
  const rest = stored.startsWith(`${OUTBOX_PREFIX}.`) ? stored.slice(OUTBOX_PREFIX.length + 1) : stored;
  return `${prefix}.${rest.replace(/\s/g, '_')}`;
}
