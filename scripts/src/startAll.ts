import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { DEPARTMENTS } from './departments';

/**
 * The start command: four department subgraphs and the gateway, five processes, each on
 * its embedded database unless HUB_DATABASE_URL (or <DEPT>_DATABASE_URL) points at
 * PostgreSQL. Prints the URLs and sample subjects, and stops everything on Ctrl-C.
 */
const ROOT = join(__dirname, '..', '..');
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const children: ChildProcess[] = [];

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
  await Promise.all(
    DEPARTMENTS.map((dept) => {
      launch(dept.name, join(ROOT, 'subgraphs', dept.name, 'dist', 'index.js'), { ...env, PORT: String(dept.port) });
      return waitReady(dept.name, `http://127.0.0.1:${dept.port}`);
    }),
  );
  launch('gateway', join(ROOT, 'gateway', 'dist', 'index.js'), { ...env, GATEWAY_PORT: String(GATEWAY_PORT) });
  await waitReady('gateway', `http://127.0.0.1:${GATEWAY_PORT}`);
  printBanner();
}

function printBanner(): void {
  const samples = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  console.log(`\n一窗受理 hub is running (5 processes)`);
  console.log(`  gateway        http://127.0.0.1:${GATEWAY_PORT}/graphql`);
  for (const dept of DEPARTMENTS) console.log(`  ${dept.name.padEnd(15)}http://127.0.0.1:${dept.port}/graphql`);
  console.log(`\nSample subjects to try:\n${JSON.stringify(samples, null, 2)}`);
  console.log(`\nPress Ctrl-C to stop.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void stopAll(1);
});
