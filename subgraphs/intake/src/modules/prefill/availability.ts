import type { DataItemRecord } from '../catalogue/catalogue.records';
import type { GatewayOutcome } from './gatewayClient';
import { aliasOf } from './plan';

/**
 * Which empty values are a department's failure rather than its answer. The gateway
 * returns what it could with errors beside it:
 *  - an error from a department carries its name (`extensions.serviceName`; the gateway's
 *    department source adds it to refused connections and timeouts too);
 *  - an error a department returned carries a `path` (alias first, e.g. ["social_security", "_entities"]);
 *  - no data at all (timeout, unreachable gateway, refused request) fails everything.
 * A department's alias that comes back null without an error is an answer, not a failure:
 * market regulation resolves a credit code it never registered to null, so every field
 * reached through that entity is NOT_HELD.
 * An error that says neither where nor who makes every empty value unavailable: intake
 * cannot then tell "not held" from "not answered", so it does not claim "not held".
 */
export class Availability {
  private readonly departments = new Set<string>();
  private readonly paths: string[][] = [];
  private readonly unattributed: boolean;

  constructor(private readonly outcome: GatewayOutcome) {
    let unattributed = false;
    for (const error of outcome.errors) {
      const service = error.extensions?.serviceName;
      const path = (error.path ?? []).filter((p): p is string => typeof p === 'string');
      const cut = path.indexOf('_entities');
      if (typeof service === 'string') this.departments.add(service);
      if (path.length) this.paths.push(cut >= 0 ? path.slice(0, cut) : path);
      if (typeof service !== 'string' && !path.length) unattributed = true;
    }
    this.unattributed = unattributed;
  }

  /** True when an empty read of `item` at `steps` may be its provider's failure. */
  failed(item: DataItemRecord, steps: readonly string[]): boolean {
    const alias = aliasOf(item.provider);
    if (!this.outcome.data || this.unattributed) return true;
    if (this.departments.has(item.provider) || item.via.some((d) => this.departments.has(d))) return true;
    const responsePath = [alias, ...steps];
    return this.paths.some((p) => isPrefix(p, responsePath) || isPrefix(responsePath, p));
  }

  /** What went wrong, for the clerk's screen and the log. */
  messages(): string[] {
    const messages = this.outcome.errors.map((e) => {
      const service = e.extensions?.serviceName;
      return typeof service === 'string' ? `${service}: ${e.message}` : e.message;
    });
    return this.outcome.failure ? [this.outcome.failure, ...messages] : messages;
  }
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}
