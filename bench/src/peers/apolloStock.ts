import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { IncomingMessage } from 'node:http';
import { createLogger, runUntilSignalled, startGraphQLService } from '@hub/kit';
import { clustered, workersFromEnv } from './clustered';
import { benchContextHeader, CONTEXT_HEADER } from './peerContext';

/**
 * A stock @apollo/gateway: the supergraph and defaults, nothing of this hub's gateway (no
 * authentication, limits, context signing, timeouts or merging). Served by the same small
 * node:http integration as every service here. The only addition: each subgraph call
 * carries the context the load process signed for that subgraph, or departments refuse it.
 *
 *   PORT=… SUPERGRAPH_PATH=… [WORKERS=1] node bench/dist/peers/apolloStock.js
 */
interface PeerContext {
  req: IncomingMessage;
}

class ForwardingSource extends RemoteGraphQLDataSource<PeerContext> {
  constructor(private readonly subgraph: string, url: string) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<PeerContext>): void {
    const context = (options.context as Partial<PeerContext>).req?.headers[benchContextHeader(this.subgraph)];
    if (typeof context === 'string') options.request.http?.headers.set(CONTEXT_HEADER, context);
  }
}

async function startWorker(): Promise<void> {
  const log = createLogger('apollo-stock');
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
    buildService: ({ name, url }) => new ForwardingSource(name, url!),
  });
  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  runUntilSignalled(() => startGraphQLService<PeerContext>({
    name: 'apollo-stock',
    log,
    context: async (req) => ({ req }),
    ready: async () => loaded,
    apollo: { gateway },
  }, Number(process.env.PORT), '127.0.0.1'), log);
}

void clustered(workersFromEnv(), startWorker);
