import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../stack/hubStack';
import type { LoadMessage, LoadPlan, LoadReport } from './soakPlan';

/**
 * Runs the load in a child process (bench/dist/soak/loadProcess.js, also when the runner
 * itself runs from source under jest) and waits for its report. `onStarted` and `onEnded`
 * bracket the steady part, which is what memory is sampled over.
 */
export interface LoadHooks {
  onStarted(): void;
  onEnded(): void;
}

/** Setup (tokens, the cases reads run under) and the resumption of unacknowledged submissions, beyond the duration. */
const GRACE_MS = 10 * 60_000;

export function runLoadProcess(plan: LoadPlan, hooks: LoadHooks): Promise<LoadReport> {
  const child = fork(join(ROOT, 'bench', 'dist', 'soak', 'loadProcess.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<LoadReport>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the load process did not report within ${(plan.durationMs + GRACE_MS) / 60_000} minutes`));
    }, plan.durationMs + GRACE_MS);
    child.on('message', (message: LoadMessage) => {
      if (message.kind === 'started') hooks.onStarted();
      if (message.kind === 'ended') hooks.onEnded();
      if (message.kind === 'report') resolve(message.report);
      if (message.kind === 'failed') reject(new Error(`the load process failed: ${message.error}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // After a report this changes nothing; before one, the load is lost.
      reject(new Error(`the load process exited (${signal ?? code}) without a report`));
    });
    child.send(plan);
  });
}
