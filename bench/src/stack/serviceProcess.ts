import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * One service of the hub as a child process the harness controls: started and awaited
 * until its readiness URL answers, stopped gracefully, or killed outright and restarted
 * (failure injection). Its memory is read from /proc, so the figure is the operating
 * system's, not the process's own account.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string>,
    private readonly readyUrl: string,
    private readonly args: string[] = [],
    /** Node options such as --cpu-prof, which NODE_OPTIONS may not carry. */
    private readonly execArgv: string[] = [],
  ) {}

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(timeoutMs = 300_000): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    // A profile named after the service, so a reader knows whose it is.
    const execArgv = this.execArgv.includes('--cpu-prof') ? [...this.execArgv, `--cpu-prof-name=${this.name}-${Date.now()}.cpuprofile`] : this.execArgv;
    const child = fork(this.script, this.args, { env: { ...process.env, ...this.env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    await waitUntilReady(this.readyUrl, timeoutMs, () => child.exitCode !== null || child.signalCode !== null, this.name);
  }

  /** Asks the service to stop and waits for it. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child!.kill('SIGTERM');
    const forced = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(forced);
  }

  /** Kills the service without warning (SIGKILL by default) and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.child!.kill(signal);
    await this.exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** CPU seconds used so far (all workers). */
  cpuSeconds(): number {
    return cpuSecondsOf(this.child?.pid ?? null);
  }

  /** Resident memory now and at its peak (VmRSS, VmHWM), in bytes, of the process and its forked workers. */
  memory(): { rss: number; peakRss: number } {
    const pids = this.child?.pid ? [this.child.pid, ...childPids(this.child.pid)] : [];
    let rss = 0;
    let peakRss = 0;
    for (const pid of pids) {
      const status = procStatus(pid);
      rss += status.VmRSS ?? 0;
      peakRss += status.VmHWM ?? 0;
    }
    return { rss, peakRss };
  }
}

/** CPU time (user + system) used so far by a process and its forked workers, in seconds. */
export function cpuSecondsOf(pid: number | null): number {
  if (!pid) return 0;
  return [pid, ...childPids(pid)].reduce((sum, p) => sum + procCpuSeconds(p), 0);
}

/** Linux reports utime and stime in clock ticks of 1/100 s (fields 14 and 15 of /proc/<pid>/stat). */
const CLOCK_TICKS = 100;

function procCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Polls a readiness URL until it answers 2xx; gives up early when the process has exited. */
export async function waitUntilReady(url: string, timeoutMs: number, hasExited: () => boolean = () => false, name = url): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited()) throw new Error(`${name} exited before it was ready`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    if (Date.now() > deadline) throw new Error(`${name} was not ready within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function procStatus(pid: number): Record<string, number> {
  try {
    const out: Record<string, number> = {};
    for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
      const match = /^(Vm\w+):\s+(\d+) kB/.exec(line);
      if (match) out[match[1]!] = Number(match[2]) * 1024;
    }
    return out;
  } catch {
    return {};
  }
}

/** Direct children (cluster workers) of a process, from /proc. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
