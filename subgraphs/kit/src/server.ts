import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from './logger';

export interface HttpServiceOptions<TContext extends BaseContext> {
  name: string;
  /** The schema to serve; omitted when `apollo.gateway` supplies it. */
  schema?: GraphQLSchema;
  log: Logger;
  /** Builds a fresh context for each request. */
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Answers /ready: true once the service can serve (database reachable). */
  ready: () => Promise<boolean>;
  /** More routes by path, answered before GraphQL (the gateway's /auth/dev-token). */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Answers every other path but /graphql (the gateway serves the clerk workstation); a JSON 404 when omitted. */
  fallback?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Extra Apollo Server options (plugins, introspection). */
  apollo?: Partial<ConstructorParameters<typeof ApolloServer<TContext>>[0]>;
}

export interface RunningService {
  url: string;
  port: number;
  http: Server;
  stop(): Promise<void>;
}

/**
 * Serves a GraphQL schema over plain node:http: POST and GET on /graphql (Apollo Server
 * decides status codes and content types), /health (the process is up) and /ready (it
 * can answer). Used by every subgraph and by the gateway.
 */
export async function startGraphQLService<TContext extends BaseContext>(
  options: HttpServiceOptions<TContext>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningService> {
  // Keep idle connections open longer than clients (the gateway, fetch) keep them, so a
  // client never reuses a socket the server has just closed (ECONNRESET under load).
  const http = createServer({ keepAliveTimeout: 65_000 });
  http.headersTimeout = 66_000;
  const apollo = new ApolloServer<TContext>({
    ...(options.schema ? { schema: options.schema } : {}),
    ...(options.apollo as object),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http }), ...(options.apollo?.plugins ?? [])],
  } as ConstructorParameters<typeof ApolloServer<TContext>>[0]);
  await apollo.start();
  http.on('request', (req, res) => {
    route(req, res, apollo, options).catch((err: unknown) => {
      if (err instanceof HttpError) {
        // The rest of an oversized body is never read: close the connection once answered,
        // so the socket does not linger half-read (and shutdown can drain it).
        if (err.status === 413) {
          res.setHeader('connection', 'close');
          res.once('finish', () => req.destroy());
        }
        return sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: 'BAD_REQUEST' } }] });
      }
      options.log.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(port, host, resolve));
  const actual = (http.address() as AddressInfo).port;
  const url = `http://${host}:${actual}/graphql`;
  options.log.info({ url }, `${options.name} listening`);
  return { url, port: actual, http, stop: () => apollo.stop() };
}

async function route<TContext extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<TContext>,
  options: HttpServiceOptions<TContext>,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/health') return sendJson(res, 200, { status: 'ok', service: options.name });
  if (path === '/ready') {
    const ok = await options.ready().catch(() => false);
    return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', service: options.name });
  }
  const extra = path && options.routes && Object.hasOwn(options.routes, path) ? options.routes[path] : undefined;
  if (extra) return extra(req, res);
  if (path !== '/graphql') return options.fallback ? options.fallback(req, res) : sendNotFound(res, path ?? '/');
  const body = req.method === 'POST' ? await readBody(req) : undefined;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: new URL(req.url ?? '/', 'http://localhost').search,
      body,
    },
    context: () => options.context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

const MAX_BODY_BYTES = 1_000_000;

/** Reads a JSON body; Apollo Server answers a malformed one with 400. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  try {
    return text.length ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

/** A request refused before GraphQL sees it (body too large, not JSON). */
class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The answer for a path nothing serves. */
export function sendNotFound(res: ServerResponse, path: string): void {
  sendJson(res, 404, { error: `no route ${path}; GraphQL is at /graphql` });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
