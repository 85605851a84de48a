import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { contextKeysAsPem, testContextKeys, testPurposeKeys } from '@hub/kit';

/**
 * Intake as its own OS process, from its build output, configured the way the start command
 * configures it (scripts/src/startAll.ts), so a test can SIGKILL it and start it again on
 * the same port and database.
 */
const ENTRY = join(__dirname, '..', 'dist', 'index.js');

export interface IntakeProcessOptions {
  port: number;
  databaseUrl: string;
  gatewayUrl: string;
  /** NATS_URL, HUB_NATS_PREFIX and the like. */
  env?: Record<string, string>;
}

export class IntakeProcess {
  private child: ChildProcess | null = null;
  private output = '';
  starts = 0;

  constructor(private readonly options: IntakeProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}/graphql`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const context = contextKeysAsPem(testContextKeys());
    const purpose = contextKeysAsPem(testPurposeKeys());
    // Not jest's NODE_OPTIONS (vm modules) nor its worker variables: a plain node process.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS' && !k.startsWith('JEST')));
    const child = fork(ENTRY, [], {
      env: {
        ...inherited,
        LOG_LEVEL: 'warn',
        PORT: String(this.options.port),
        INTAKE_DATABASE_URL: this.options.databaseUrl,
        HUB_CONTEXT_VERIFY_KEY: context.verifyKeyPem,
        HUB_PURPOSE_VERIFY_KEY: purpose.verifyKeyPem,
        HUB_PURPOSE_SIGNING_KEY: purpose.signingKeyPem,
        GATEWAY_URL: this.options.gatewayUrl,
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const keep = (chunk: Buffer) => void (this.output = (this.output + chunk.toString()).slice(-20_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.child = child;
    this.starts++;
    await this.waitReady(child, timeoutMs);
  }

  /** What a power cut does: no shutdown hooks, no flushing. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  /** A clean stop (SIGTERM), bounded; killed when it does not stop in time. */
  async stop(timeoutMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }

  /** The process's last log lines, for a failure message. */
  get log(): string {
    return this.output;
  }

  private async waitReady(child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const ready = `http://127.0.0.1:${this.options.port}/ready`;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`intake exited with ${child.exitCode} while starting:\n${this.output}`);
      try {
        if ((await fetch(ready, { signal: AbortSignal.timeout(1_000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.kill();
    throw new Error(`intake was not ready within ${timeoutMs / 1000} s:\n${this.output}`);
  }
}

/** A port nothing listens on now, from the system's ephemeral range (never CI's 4000–4105). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
