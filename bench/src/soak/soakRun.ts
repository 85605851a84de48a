import { parseArgs } from 'node:util';
import { runSoak } from './runSoak';
import { soakSummary } from './soakSummary';

/**
 * npm run soak -- [--minutes 10] [--rate 20] [--seed 8]
 *
 * The hub on PostgreSQL (SOAK_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * databases soak_<department>, dropped first and kept afterwards for inspection) on ports
 * 4900–4905 (the gateway's and intake's inspectors on 4910 and 4911, loopback), a steady
 * mixed load from a separate process, then PASS/FAIL per check; exits non-zero on any FAIL.
 */
const PORT_BASE = 4900;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '10' },
      rate: { type: 'string', default: '20' },
      seed: { type: 'string', default: '8' },
    },
  });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  if (!(minutes > 0) || !(rate > 0 && rate <= 200)) throw new Error('--minutes must be > 0 and --rate from 1 to 200 requests/s');
  const outcome = await runSoak({
    durationMs: minutes * 60_000,
    rate,
    portBase: PORT_BASE,
    serverUrl: process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    databasePrefix: 'soak',
    dropAfter: false,
    rssEveryMs: 5_000,
    heapEveryMs: 20_000,
    seed: Number(values.seed),
    maxFailedReadShare: 0.01,
    log: (line) => console.log(line),
  });
  for (const line of soakSummary(outcome)) console.log(line);
  process.exit(outcome.passed ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
