import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { encodeHubContext, HUB_CONTEXT_HEADER } from '@hub/kit';
import type { GatewayContext } from './callerContext';

/**
 * A department subgraph as the gateway calls it: every request carries the caller, the
 * purpose and the trace id, so the department can check and record the read.
 */
export class DepartmentSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const hub = (options.context as Partial<GatewayContext>).hub;
    if (hub) options.request.http?.headers.set(HUB_CONTEXT_HEADER, encodeHubContext(hub));
  }
}
