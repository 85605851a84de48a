import { AFFECTED_QUERY, judgeAnswer, UNAFFECTED_QUERY, type AnswerKind } from '../../bench/src/failure/answers';

/** One answer under load: which question, how it was judged, how long it took, when it came. */
export interface Sample {
  affected: boolean;
  kind: AnswerKind;
  circuitOpen: boolean;
  status: number;
  ms: number;
  at: number;
}

export interface Asker {
  url: string;
  headers: Record<string, string>;
  idNumber: string;
}

/** Asks one of the two questions and judges the answer; a connection error is a failed sample. */
export async function ask(asker: Asker, affected: boolean): Promise<Sample> {
  const started = performance.now();
  let status = 0;
  let text = '';
  try {
    const response = await fetch(asker.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asker.headers },
      body: JSON.stringify({ query: affected ? AFFECTED_QUERY : UNAFFECTED_QUERY, variables: { id: asker.idNumber } }),
    });
    status = response.status;
    text = await response.text();
  } catch {
    // The gateway itself not answering: judged failed below.
  }
  return { affected, ...judgeAnswer(status, text, affected), status, ms: performance.now() - started, at: Date.now() };
}

/**
 * A bounded load: `workers` askers of each question, each asking again as soon as answered,
 * until `durationMs` has passed.
 */
export async function underLoad(asker: Asker, durationMs: number, workers = 2): Promise<Sample[]> {
  const samples: Sample[] = [];
  const end = Date.now() + durationMs;
  const worker = async (affected: boolean) => {
    while (Date.now() < end) samples.push(await ask(asker, affected));
  };
  await Promise.all(Array.from({ length: workers * 2 }, (_, i) => worker(i % 2 === 1)));
  return samples;
}

/** Asks the affected question until it is answered completely; the time that took, or null by `limitMs`. */
export async function untilComplete(asker: Asker, limitMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await ask(asker, true)).kind === 'complete') return Date.now() - started;
    // Polling a condition, not timing the test: the circuit's probe decides when it turns.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

export const latencies = (samples: Sample[]) => samples.map((s) => s.ms).sort((a, b) => a - b);
export const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? 0;
export const highest = (sorted: number[]) => sorted[sorted.length - 1] ?? 0;
