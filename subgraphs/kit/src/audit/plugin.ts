import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { HubContext } from '../hubContext';
import type { Logger } from '../logger';
import { ReadCollector } from './collector';
import { entriesFor } from './entry';
import type { DataAccessSink } from './log';
import { dataSubjectsOf } from './subjects';

export const NOT_RECORDED_CODE = 'DATA_ACCESS_NOT_RECORDED';

/**
 * Records every read of personal data a department serves (用数留痕), with no code in the
 * resolvers: each field is watched as it resolves (Apollo's willResolveField), the persons
 * and items read are collected per request, and before the response leaves, one entry per
 * person is appended to the department's log — awaited, not fire-and-forget. If the append
 * fails, the data is withheld: the response is replaced by an error, so no read goes out
 * unrecorded. (A department that cannot record answers nothing personal; the gateway then
 * degrades that department's fields, as when it is down.)
 */
export function dataAccessAuditPlugin<TContext extends HubContext>(sink: DataAccessSink, department: string, log: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ schema }) {
      const reads = new ReadCollector(dataSubjectsOf(schema));
      return {
        async executionDidStart() {
          return { willResolveField: ({ source, info }) => reads.willResolveField(source, info) };
        },
        async willSendResponse(requestContext) {
          if (reads.bySubject.size === 0) return;
          try {
            await sink.append(entriesFor(requestContext.contextValue, reads.bySubject));
          } catch (err) {
            log.error({ err, traceId: requestContext.contextValue.traceId, subjects: reads.bySubject.size }, 'data access not recorded; response withheld');
            withhold(requestContext, department);
          }
        },
      };
    },
  };
}

function withhold<TContext extends HubContext>(requestContext: GraphQLRequestContextWillSendResponse<TContext>, department: string): void {
  requestContext.response.body = {
    kind: 'single',
    singleResult: {
      data: null,
      errors: [{
        message: `${department} could not record this read in its data-access log (用数留痕), so it releases no data; try again later`,
        extensions: { code: NOT_RECORDED_CODE },
      }],
    },
  };
}
