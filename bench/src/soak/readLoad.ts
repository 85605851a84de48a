import autocannon from 'autocannon';
import { print } from 'graphql';
import { PURPOSE_HEADER } from '@hub/kit';
import { myLicencesAndReads, personProfile, prefillForm } from '@hub/sdk';
import type { ReadCase } from './readCases';
import type { ReadSummary } from './soakPlan';

/**
 * The read part, held at a steady rate by autocannon: in turn, a citizen reading their own
 * data from every department (their profile, then their licences with who read their data),
 * and a clerk prefilling a form under a case left open (the grant as x-hub-purpose).
 * Responses are parsed, so a 200 carrying GraphQL errors counts as an error too.
 */
export interface Citizen {
  token: string;
  idNumber: string;
}

const CONNECTIONS = 4;
const SAMPLES = 5;
const PROFILE = print(personProfile);
const OWN_PAGE = print(myLicencesAndReads);
const PREFILL = print(prefillForm);

export class ReadLoad {
  readonly summary: ReadSummary = { requests: 0, non2xx: 0, graphqlErrors: 0, transportErrors: 0, timeouts: 0, p50Ms: 0, p99Ms: 0, samples: [] };
  /** Answers counted so far (for progress lines). */
  answered = 0;
  private turn = 0;

  constructor(
    private readonly graphqlUrl: string,
    private readonly citizens: Citizen[],
    private readonly readCases: ReadCase[],
    private readonly clerkTokens: Map<string, string>,
  ) {}

  async run(durationMs: number, rate: number): Promise<ReadSummary> {
    const result = await autocannon({
      url: this.graphqlUrl,
      method: 'POST',
      connections: CONNECTIONS,
      overallRate: rate,
      duration: Math.max(1, Math.round(durationMs / 1000)),
      timeout: 30,
      headers: { 'content-type': 'application/json' },
      requests: [{
        setupRequest: (request) => ({ ...request, ...this.nextRequest() }),
        onResponse: (status, body) => this.check(status, body),
      }],
    });
    Object.assign(this.summary, {
      requests: result.requests.total,
      non2xx: result.non2xx,
      transportErrors: result.errors,
      timeouts: result.timeouts,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
    });
    return this.summary;
  }

  private nextRequest(): { headers: Record<string, string>; body: string } {
    const turn = this.turn++;
    if (turn % 2 === 1) return this.prefill(this.readCases[Math.floor(turn / 2) % this.readCases.length]!);
    const citizen = this.citizens[Math.floor(turn / 2) % this.citizens.length]!;
    return {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.token}` },
      body: JSON.stringify({ query: turn % 4 === 0 ? PROFILE : OWN_PAGE, variables: { idNumber: citizen.idNumber } }),
    };
  }

  private prefill(readCase: ReadCase): { headers: Record<string, string>; body: string } {
    const { subject, target } = readCase.application;
    return {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.clerkTokens.get(readCase.clerk)!}`, [PURPOSE_HEADER]: readCase.grant },
      body: JSON.stringify({ query: PREFILL, variables: { subject, ...target, caseId: readCase.caseId } }),
    };
  }

  private check(status: number, body: string): void {
    this.answered++;
    if (status !== 200) {
      if (this.summary.samples.length < SAMPLES) this.summary.samples.push(`${status}: ${body.slice(0, 200)}`);
      return;
    }
    try {
      const parsed = JSON.parse(body) as { errors?: Array<{ message: string }> };
      if (parsed.errors?.length) this.error(parsed.errors[0]!.message);
    } catch {
      this.error(`not JSON: ${body.slice(0, 100)}`);
    }
  }

  private error(message: string): void {
    this.summary.graphqlErrors++;
    if (this.summary.samples.length < SAMPLES) this.summary.samples.push(message);
  }
}
