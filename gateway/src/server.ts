import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { createLogger, startGraphQLService, type RunningService } from '@hub/kit';
import { createGatewayContext, type GatewayContext } from './callerContext';
import type { GatewayConfig } from './config';
import { DepartmentSource } from './departmentSource';

/**
 * Builds and starts the gateway on the committed supergraph (composed ahead of time by
 * `npm run compose`; never at run time). Subgraph URLs come from configuration, so the same
 * supergraph serves the embedded demo, tests on port 0 and production.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningService> {
  const log = createLogger('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      return new DepartmentSource({ url });
    },
  });
  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  return startGraphQLService<GatewayContext>(
    {
      name: 'gateway',
      log,
      context: createGatewayContext,
      ready: async () => loaded,
      apollo: { gateway, introspection: !config.production },
    },
    config.port,
    config.host,
  );
}
