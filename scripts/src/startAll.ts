import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { contextKeysAsPem, generateContextKeys } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { demoAccounts } from '@hub/gateway/dist/auth/demoAccounts';
import { readWebRoot } from '@hub/gateway/dist/webRoot';
import { DEPARTMENTS } from './departments';

/**
 * The start command: the department subgraphs and the gateway, one process each, each
 * department on its embedded database unless HUB_DATABASE_URL (or <DEPT>_DATABASE_URL)
 * points at PostgreSQL. Makes a fresh context key pair for the run (the gateway signs,
 * departments verify), prints the URLs, the demo accounts and sample subjects, and stops
 * everything on Ctrl-C.
 */
const ROOT = join(__dirname, '..', '..');
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const children: ChildProcess[] = [];

/** A department's port: <DEPT>_PORT when set (the department reads it too), else its default. */
function portOf(dept: { name: string; port: number }): number {
  return Number(process.env[`${dept.name.toUpperCase().replace(/-/g, '_')}_PORT`] ?? dept.port);
}

function launch(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = fork(script, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the hub`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

/** Intake pushes new tasks to department systems through NATS JetStream when NATS_URL is set (README). */
function pushSettings(): Record<string, string> {
  const names = ['NATS_URL', 'HUB_NATS_PREFIX', 'HUB_NATS_STREAM', 'HUB_OUTBOX_POLL_MS'];
  return Object.fromEntries(names.filter((name) => process.env[name]).map((name) => [name, process.env[name]!]));
}

async function waitReady(name: string, baseUrl: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s`);
}

let stopping = false;
async function stopAll(code: number): Promise<void> {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  process.exit(code);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const env = { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  // One key pair per run, handed over in the children's environment only.
  const { signingKeyPem, verifyKeyPem } = contextKeysAsPem(generateContextKeys());
  // Intake's own pair: it signs the purpose grants departments check (用数凭证).
  const purpose = contextKeysAsPem(generateContextKeys());
  // The one-window service reads departments through the gateway on the caller's behalf.
  const gatewayUrl = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
  await Promise.all(
    DEPARTMENTS.map((dept) => {
      const port = portOf(dept);
      launch(dept.name, join(ROOT, 'subgraphs', dept.name, 'dist', 'index.js'), {
        ...env,
        PORT: String(port),
        HUB_CONTEXT_VERIFY_KEY: verifyKeyPem,
        HUB_PURPOSE_VERIFY_KEY: purpose.verifyKeyPem,
        ...(dept.name === 'intake' ? { HUB_PURPOSE_SIGNING_KEY: purpose.signingKeyPem, ...pushSettings() } : {}),
        GATEWAY_URL: process.env.GATEWAY_URL ?? gatewayUrl });
      return waitReady(dept.name, `http://127.0.0.1:${port}`);
    }),
  );
  launch('gateway', join(ROOT, 'gateway', 'dist', 'index.js'), { ...env, GATEWAY_PORT: String(GATEWAY_PORT), HUB_CONTEXT_SIGNING_KEY: signingKeyPem, HUB_PURPOSE_VERIFY_KEY: purpose.verifyKeyPem });
  await waitReady('gateway', `http://127.0.0.1:${GATEWAY_PORT}`);
  printBanner();
}

function printBanner(): void {
  const gateway = `http://127.0.0.1:${GATEWAY_PORT}`;
  const samples = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  console.log(`\n一窗受理 hub is running (${DEPARTMENTS.length + 1} processes)`);
  // The gateway serves the clerk workstation when it is built (npm run build:web) or HUB_WEB_ROOT names it.
  if (readWebRoot(process.env)) console.log(`  ${'workstation'.padEnd(17)}${gateway}/  (综合窗口工作台, clerk workstation)`);
  console.log(`  ${'gateway'.padEnd(17)}${gateway}/graphql`);
  for (const dept of DEPARTMENTS) console.log(`  ${dept.name.padEnd(17)}http://127.0.0.1:${portOf(dept)}/graphql  (only through the gateway)`);
  if (process.env.NODE_ENV === 'production') {
    console.log(`\nProduction mode: tokens from ${process.env.HUB_JWT_ISSUER ?? 'the configured issuer'} only.`);
  } else {
    console.log(`\nEvery request needs a token. Demo accounts (development issuer):`);
    for (const a of demoAccounts()) console.log(`  ${a.account.padEnd(26)}${a.description}`);
    console.log(`\nGet a token and ask:\n  TOKEN=$(curl -s -X POST ${gateway}/auth/dev-token -d '{"account":"clerk-boshan"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')`);
    console.log(`  curl -s ${gateway}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`);
    console.log(`    -d '{"query":"{ person(idNumber: \\"${samples.restaurantOwner.idNumber}\\") { name licences { id } } }"}'`);
  }
  console.log(`\nSample subjects to try:\n${JSON.stringify(samples, null, 2)}`);
  console.log(`\nPress Ctrl-C to stop.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void stopAll(1);
});
