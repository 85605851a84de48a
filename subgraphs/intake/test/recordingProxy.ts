import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A test's view of the wire: an HTTP proxy in front of a service that records every request
 * body it forwards, and can play a service that is down (connections reset) or slow.
 */
export interface RecordedRequest {
  body: string;
  headers: IncomingHttpHeaders;
}

export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  mode: 'pass' | 'down' | { delayMs: number };
  stop(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const proxy: RecordingProxy = { url: '', requests: [], mode: 'pass', stop: async () => undefined };
  const delays = new Set<NodeJS.Timeout>();
  const delay = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      delays.delete(timer);
      resolve();
    }, ms);
    delays.add(timer);
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const mode = proxy.mode;
      if (mode === 'down') return void req.socket.destroy();
      proxy.requests.push({ body, headers: req.headers });
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => !HOP_BY_HOP.has(k) && typeof v === 'string')) as Record<string, string>;
      const forward = async () => {
        if (typeof mode === 'object') await delay(mode.delayMs);
        const response = await fetch(target, { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
        res.statusCode = response.status;
        response.headers.forEach((value, key) => !HOP_BY_HOP.has(key) && key !== 'content-encoding' && res.setHeader(key, value));
        res.end(Buffer.from(await response.arrayBuffer()));
      };
      forward().catch(() => req.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  proxy.stop = () => new Promise((resolve) => {
    for (const timer of delays) clearTimeout(timer);
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return proxy;
}

/** The GraphQL query texts a proxy forwarded. */
export function queriesSeen(proxy: RecordingProxy): string[] {
  return proxy.requests.map((r) => (JSON.parse(r.body) as { query: string }).query);
}
