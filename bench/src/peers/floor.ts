import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';
import { Pool } from 'undici';
import { clustered, workersFromEnv } from './clustered';
import { benchContextHeader, CONTEXT_HEADER } from './peerContext';
import { replay, type SubgraphCall } from './planReplay';

/**
 * The floor: the same data fetched by calling the subgraphs directly — the subgraph calls
 * of each operation's query plan (planned once per operation and kept), over keep-alive
 * connection pools (undici), with the answers written straight into one object. What a
 * gateway costs is its distance from this.
 *
 *   PORT=… SUPERGRAPH_PATH=… [WORKERS=1] node bench/dist/peers/floor.js
 */
async function startWorker(): Promise<void> {
  const supergraph = Supergraph.build(readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'));
  const planner = new QueryPlanner(supergraph);
  const plans = new Map<string, QueryPlan>();
  const pools = new Map<string, { pool: Pool; path: string }>();
  for (const subgraph of supergraph.subgraphs()) {
    const url = new URL(subgraph.url);
    pools.set(subgraph.name, { pool: new Pool(url.origin, { connections: 64 }), path: url.pathname });
  }
  const planFor = (query: string, operationName?: string): QueryPlan => {
    let plan = plans.get(query);
    if (!plan) {
      plan = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query), operationName ? { operationName } : {}));
      plans.set(query, plan);
    }
    return plan;
  };
  const http = createServer((req, res) => {
    if (req.url === '/ready') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ready"}');
      return;
    }
    answer(req).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: err instanceof Error ? err.message : String(err) }] }));
      },
    );
  });

  async function answer(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; operationName?: string; variables?: Record<string, unknown> };
    const call: SubgraphCall = async (subgraph, query, variables) => {
      const target = pools.get(subgraph)!;
      const context = req.headers[benchContextHeader(subgraph)];
      const response = await target.pool.request({
        method: 'POST',
        path: target.path,
        headers: { 'content-type': 'application/json', ...(typeof context === 'string' ? { [CONTEXT_HEADER]: context } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.body.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    };
    const result = await replay(planFor(request.query, request.operationName), request.variables ?? {}, call);
    return JSON.stringify(result.errors.length ? result : { data: result.data });
  }

  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => http.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  const stop = () => {
    http.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void clustered(workersFromEnv(), startWorker);
