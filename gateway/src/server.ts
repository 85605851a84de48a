import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { createLogger, HubContextSigner, startGraphQLService, type RunningService } from '@hub/kit';
import { CallerAuthenticator } from './auth/authenticator';
import { DevIssuer } from './auth/devIssuer';
import { DEV_TOKEN_PATH, devTokenRoute } from './auth/devTokenRoute';
import { createGatewayContext, type GatewayContext } from './callerContext';
import type { GatewayConfig } from './config';
import { DepartmentSource } from './departmentSource';
import { queryProtection } from './limits/queryProtection';
import { RequestRateLimiter } from './limits/rateLimiter';
import { safelistPlugin, type OperationSafelist } from './limits/operationSafelist';
import { DepartmentBreaker } from './resilience/departmentBreaker';
import { webRootHandler } from './webRoot';

export interface RunningGateway extends RunningService {
  /** The development issuer, when not in production (tests make tokens with it). */
  devIssuer: DevIssuer | null;
}

/**
 * Builds and starts the gateway on the committed supergraph (composed ahead of time by
 * `npm run compose`; never at run time). Subgraph URLs come from configuration, so the same
 * supergraph serves the embedded demo, tests on port 0 and production. Every request is
 * authenticated, rate-limited and checked against the query limits before it is planned;
 * every department call carries the caller context signed for that department.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const log = createLogger('gateway');
  const signer = new HubContextSigner(config.contextSigningKey);
  const devIssuer = config.auth.devIssuer && !config.production ? await DevIssuer.create(config.auth.audience, config.auth.devIssuerKey) : null;
  const guard = { authenticator: new CallerAuthenticator(config.auth, devIssuer), rateLimiter: new RequestRateLimiter(config.rateLimits), log };
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      return new DepartmentSource(name, url, signer, config.subgraphTimeoutMs, new DepartmentBreaker(name, config.breaker), config.mergeInflight ?? false);
    },
  });
  const workstation = config.webRoot ? await webRootHandler(config.webRoot) : undefined;
  if (config.webRoot) log.info({ webRoot: config.webRoot }, 'serving the clerk workstation at /');
  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  const service = await startGraphQLService<GatewayContext>(
    {
      name: 'gateway',
      log,
      context: (req) => createGatewayContext(req, guard),
      ready: async () => loaded,
      routes: devIssuer ? { [DEV_TOKEN_PATH]: devTokenRoute(devIssuer, guard.rateLimiter) } : {},
      ...(workstation ? { fallback: workstation } : {}),
      apollo: {
        gateway,
        introspection: !config.production,
        hideSchemaDetailsFromClientErrors: config.production,
        ...withSafelist(queryProtection(config.limits, config.production), config.safelist ?? null),
      },
    },
    config.port,
    config.host,
  );
  return { ...service, devIssuer };
}

/** The query protection's plugins, and the safelist's when it is enforced. */
function withSafelist<T extends { plugins: ApolloServerPlugin[] }>(protection: T, safelist: OperationSafelist | null): T {
  if (!safelist) return protection;
  return { ...protection, plugins: [...protection.plugins, safelistPlugin(safelist) as ApolloServerPlugin] };
}
