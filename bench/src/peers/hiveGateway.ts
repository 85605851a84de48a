import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { clustered, workersFromEnv } from './clustered';
import { benchContextHeader, CONTEXT_HEADER } from './peerContext';

/**
 * Hive Gateway from the npm registry, on the same supergraph: with its JavaScript planner
 * (the default runtime) or with Hive Router's Rust query planner (`HIVE_PLANNER=router`,
 * @graphql-hive/router-runtime). Its default merges identical in-flight subgraph requests
 * (same URL, body and headers); `HIVE_DEDUPE=off` turns that off. As for every peer, each
 * subgraph call carries the context the load process signed for that subgraph.
 *
 *   PORT=… SUPERGRAPH_PATH=… [HIVE_PLANNER=js|router] [HIVE_DEDUPE=on|off] [WORKERS=1] node bench/dist/peers/hiveGateway.js
 */
async function startWorker(): Promise<void> {
  const planner = process.env.HIVE_PLANNER ?? 'js';
  const dedupe = process.env.HIVE_DEDUPE !== 'off';
  const gateway = createGatewayRuntime({
    supergraph: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
    logging: false,
    ...(planner === 'router' ? { unifiedGraphHandler } : {}),
    ...(dedupe ? {} : { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        const context = request.headers.get(benchContextHeader(subgraphName));
        return context ? { [CONTEXT_HEADER]: context } : {};
      },
    },
  });
  const http = createServer((req, res) => {
    if (req.url === '/ready') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ready"}');
      return;
    }
    void gateway(req, res);
  });
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => http.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  const stop = () => {
    http.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void clustered(workersFromEnv(), startWorker);
