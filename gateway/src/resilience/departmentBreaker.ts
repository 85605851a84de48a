import CircuitBreaker from 'opossum';
import { createLogger, type Logger } from '@hub/kit';
import { DEFAULT_BREAKER_SETTINGS, type BreakerSettings } from './breakerSettings';
import { circuitOpenError } from './circuitOpenError';
import { isDepartmentUnwell } from './departmentFailure';

type Call = () => Promise<unknown>;

let sharedLog: Logger | undefined;

/**
 * One department's circuit (opossum): closed, calls go through; open after repeated
 * failures (breakerSettings.ts), calls fail at once with CIRCUIT_OPEN so the rest of each
 * answer is not held up; half-open after `resetMs`, one call goes through, and the circuit
 * closes when the department answers it. Nothing restarts: recovery is that first answer.
 *
 * Only `isDepartmentUnwell` failures count; the department's own GraphQL errors count as
 * answers. The call keeps its own deadline (the fetch's), so opossum's timer is off.
 */
export class DepartmentBreaker {
  private readonly circuit: CircuitBreaker<[Call], unknown>;
  private failuresInARow = 0;

  constructor(
    readonly department: string,
    private readonly settings: BreakerSettings = DEFAULT_BREAKER_SETTINGS,
    log: Logger = (sharedLog ??= createLogger('gateway')),
  ) {
    this.circuit = new CircuitBreaker((call: Call) => call(), {
      name: department,
      timeout: false,
      resetTimeout: settings.resetMs,
      errorThresholdPercentage: settings.errorPercent,
      volumeThreshold: settings.minCalls,
      rollingCountTimeout: settings.windowMs,
      rollingCountBuckets: 10,
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
      // opossum's filter says which errors are *not* failures (they count as successes).
      errorFilter: (err: unknown) => !isDepartmentUnwell(err),
    });
    // opossum opens on a share of the window only; a run of failures opens it too.
    this.circuit.on('failure', () => {
      if (++this.failuresInARow >= settings.failuresInARow) this.circuit.open();
    });
    this.circuit.on('success', () => void (this.failuresInARow = 0));
    this.circuit.on('open', () => log.warn({ department, retryInMs: settings.resetMs }, `${department} circuit open: failing its calls fast`));
    this.circuit.on('halfOpen', () => log.info({ department }, `${department} circuit half-open: one call goes through`));
    this.circuit.on('close', () => log.info({ department }, `${department} circuit closed: it answers again`));
  }

  /** 'closed', 'open' or 'halfOpen'. */
  get state(): 'closed' | 'open' | 'halfOpen' {
    return this.circuit.opened ? 'open' : this.circuit.halfOpen ? 'halfOpen' : 'closed';
  }

  /** Makes the call unless the circuit is open; then throws SUBGRAPH_UNAVAILABLE with reason CIRCUIT_OPEN. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    try {
      // The circuit resolves with exactly what `call` resolved with.
      return (await this.circuit.fire(call)) as T;
    } catch (err) {
      if (rejectedAsOpen(err)) throw circuitOpenError(this.department, this.settings.resetMs);
      throw err;
    }
  }
}

/** opossum's own rejection of a call while the circuit is open (not an error of the call). */
function rejectedAsOpen(err: unknown): boolean {
  return typeof err === 'object' && err !== null && CircuitBreaker.isOurError(err as Error) && (err as NodeJS.ErrnoException).code === 'EOPENBREAKER';
}
