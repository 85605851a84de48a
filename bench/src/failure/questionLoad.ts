import autocannon from 'autocannon';
import { AFFECTED_QUERY, judgeAnswer, UNAFFECTED_QUERY, type Judged } from './answers';

/** One answer under load, judged, with when it came (Date.now()) and how long it took. */
export interface Sample extends Judged {
  at: number;
  ms: number;
  status: number;
}

export interface QuestionLoad {
  readonly affected: boolean;
  readonly samples: Sample[];
  /** Requests that got no HTTP answer at all (connection refused or reset by the gateway, or autocannon's 10 s timeout). */
  readonly noAnswer: number[];
  stop(): Promise<void>;
}

export interface LoadOptions {
  gatewayUrl: string;
  token: string;
  idNumber: string;
  /** The question social security answers too, or the one civil affairs answers alone. */
  affected: boolean;
  connections: number;
  /** Requests per second over all connections: bounded, so the machine measures the hub, not its own saturation. */
  rate: number;
}

/**
 * Asks one question over and over (autocannon, in this harness's process, apart from the
 * hub's), judging every answer, until stopped.
 */
export function startQuestionLoad(options: LoadOptions): QuestionLoad {
  const samples: Sample[] = [];
  const noAnswer: number[] = [];
  // autocannon hands a body to onResponse and, synchronously right after, the timing to 'response'.
  let judged: Judged = { kind: 'failed', circuitOpen: false };
  let finished = () => undefined as void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  // With a callback autocannon returns its instance (events, stop) rather than a promise.
  const instance = autocannon({
    url: options.gatewayUrl,
    connections: options.connections,
    overallRate: options.rate,
    duration: 3600,
    timeout: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    requests: [{
      method: 'POST',
      body: JSON.stringify({ query: options.affected ? AFFECTED_QUERY : UNAFFECTED_QUERY, variables: { id: options.idNumber } }),
      onResponse: (status, body) => void (judged = judgeAnswer(status, body, options.affected)),
    }],
  }, () => finished());
  instance.on('response', (_client, status, _bytes, ms) => samples.push({ ...judged, status, ms, at: Date.now() }));
  instance.on('reqError', () => noAnswer.push(Date.now()));
  return {
    affected: options.affected,
    samples,
    noAnswer,
    stop: async () => {
      instance.stop();
      await done;
    },
  };
}
