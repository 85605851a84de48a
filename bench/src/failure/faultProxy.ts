import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A department as it fails, for failure injection: an HTTP proxy on loopback in front of one
 * department, switched at run time between
 *   none            pass-through
 *   slow            holds each request `delayMs` before passing it on
 *   http-500        answers 500 with a plain-text body, as a crashed service behind its web
 *                   server does (not GraphQL: the gateway's circuit counts it)
 *   graphql-errors  answers 200 with a GraphQL error and no data (a department that answers:
 *                   the circuit must not count it)
 *   down            resets the connection of every request (nothing answers)
 * Every request that reaches it is counted with its arrival time, whatever the fault, so a
 * harness can tell whether the gateway still calls the department.
 */
export type Fault = { kind: 'none' } | { kind: 'slow'; delayMs: number } | { kind: 'http-500' } | { kind: 'graphql-errors' } | { kind: 'down' };

export interface FaultProxy {
  /** The GraphQL URL to give the gateway instead of the department's. */
  readonly url: string;
  fault: Fault;
  /** When each request arrived (Date.now()), in order. */
  readonly arrivals: readonly number[];
  /** Requests that arrived at or after `since` (and before `until`, if given). */
  arrivalsBetween(since: number, until?: number): number;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host']);
const GRAPHQL_ERROR = JSON.stringify({ data: null, errors: [{ message: 'department system error (injected by the fault proxy)', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });

/** Starts the proxy on 127.0.0.1:`port` (0: any free port) in front of a department on loopback. */
export async function startFaultProxy(target: string, port = 0): Promise<FaultProxy> {
  const upstream = new URL(target);
  if (!LOOPBACK.has(upstream.hostname)) throw new Error(`the fault proxy only fronts a department on loopback, not ${upstream.hostname}`);
  const agent = new Agent({ keepAlive: true });
  const arrivals: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const proxy: FaultProxy = {
    url: '',
    fault: { kind: 'none' },
    arrivals,
    arrivalsBetween: (since, until = Infinity) => arrivals.filter((t) => t >= since && t < until).length,
    stop: async () => undefined,
  };
  const server = createServer((req, res) => {
    arrivals.push(Date.now());
    const fault = proxy.fault;
    if (fault.kind === 'down') return void req.socket.destroy();
    readBody(req).then((body) => {
      if (fault.kind === 'http-500') return answer(res, 500, 'text/plain', 'Internal Server Error');
      if (fault.kind === 'graphql-errors') return answer(res, 200, 'application/json', GRAPHQL_ERROR);
      if (fault.kind === 'none') return forward(req, res, body, upstream, agent);
      const timer = setTimeout(() => {
        timers.delete(timer);
        // A caller that gave up meanwhile is not passed on: its deadline is the point of the test.
        if (!res.destroyed) forward(req, res, body, upstream, agent);
      }, fault.delayMs);
      timers.add(timer);
    }, () => req.socket.destroy());
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname}`;
  return Object.assign(proxy, {
    url,
    stop: () => new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      server.close(() => resolve());
    }),
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Passes the request on; when the department does not answer (killed behind the proxy), neither does the proxy. */
function forward(req: IncomingMessage, res: ServerResponse, body: Buffer, upstream: URL, agent: Agent): void {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
  const out = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...headers, 'content-length': body.length }, agent }, (reply) => {
    const replyHeaders = Object.fromEntries(Object.entries(reply.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    res.writeHead(reply.statusCode ?? 502, replyHeaders);
    reply.pipe(res);
  });
  out.on('error', () => req.socket.destroy());
  out.end(body);
}
