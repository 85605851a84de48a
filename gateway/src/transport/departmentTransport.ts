import { EventEmitter } from 'node:events';
import { Pool } from 'undici';

/**
 * How the gateway reaches one department: a pool of keep-alive HTTP/1.1 connections
 * (undici), so a call costs a write on an open socket rather than a connection, and each
 * department has its own pool, so one that hangs cannot take the sockets another needs.
 * Node's global fetch builds WHATWG Request, Response, stream and AbortSignal objects per
 * call; profiled under load that was the largest share of the gateway's CPU, so the
 * gateway asks undici directly.
 */
export interface DepartmentAnswer {
  status: number;
  contentType: string;
  /** The body as received; each consumer parses its own copy (merged requests share this text). */
  text: string;
}

/** Connections per department: more than the concurrent calls a gateway process makes on this hardware. */
const CONNECTIONS = 128;

export class DepartmentTransport {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(url: string, private readonly deadlineMs: number) {
    const parsed = new URL(url);
    this.pool = new Pool(parsed.origin, { connections: CONNECTIONS, keepAliveTimeout: 60_000 });
    this.path = `${parsed.pathname}${parsed.search}`;
  }

  /** POSTs a GraphQL request; rejects with a TimeoutError when the department does not answer within the deadline. */
  async post(body: string, headers: Record<string, string>): Promise<DepartmentAnswer> {
    // undici's own timeouts above one second tick once a second (lib/util/timers.js), so a
    // 1.5 s deadline fired anywhere up to 2.5 s; a timer of our own keeps the whole call,
    // body included, within it. (An EventEmitter is the cheapest signal undici accepts.)
    const deadline = new EventEmitter();
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
      deadline.emit('abort');
    }, this.deadlineMs);
    try {
      const response = await this.pool.request({
        method: 'POST',
        path: this.path,
        headers,
        body,
        signal: deadline,
        // The answer must begin within the deadline, and no pause within it may last longer.
        headersTimeout: this.deadlineMs,
        bodyTimeout: this.deadlineMs,
      });
      const contentType = String(response.headers['content-type'] ?? '');
      return { status: response.statusCode, contentType, text: await response.body.text() };
    } catch (err) {
      throw expired || isTimeout(err) ? timeoutError(this.deadlineMs) : err;
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function isTimeout(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}

/** Named like the error of AbortSignal.timeout, which the resilience layer recognises. */
function timeoutError(ms: number): Error {
  const err = new Error(`no answer within ${ms} ms`);
  err.name = 'TimeoutError';
  return err;
}
