import { Submitter } from './submission';
import type { WindowClient } from './windowClient';
import type { Application, Behaviour, LoadPlan, SubmissionRecord } from './soakPlan';

/**
 * Case submissions arriving at a steady rate for the soak's duration (an open arrival
 * schedule, not a closed loop: a slow hub does not slow the arrivals down), at most
 * `maxInFlight` at once — an arrival beyond that is skipped and counted, so the load stays
 * bounded. When the time is up, the submissions still running finish, and those not
 * acknowledged are resumed with their keys, as a clerk would after a failure.
 */
const MIX: Array<[Behaviour, number]> = [['plain', 0.55], ['timeoutRetry', 0.15], ['doubleClick', 0.15], ['resend', 0.15]];
const RESUME_ROUNDS = 2;

interface Work {
  record: SubmissionRecord;
  application: Application;
  submitter: Submitter;
}

export class SubmissionLoad {
  readonly records: SubmissionRecord[] = [];
  skipped = 0;
  private readonly work: Work[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly plan: LoadPlan, private readonly clients: Map<string, WindowClient>, private readonly random: () => number) {}

  get inFlight(): number {
    return this.running.size;
  }

  async run(): Promise<void> {
    const start = Date.now();
    const interval = 1000 / this.plan.submissionRate;
    for (let i = 0; start + i * interval < start + this.plan.durationMs; i++) {
      await sleepUntil(start + i * interval);
      if (this.running.size >= this.plan.maxInFlight) {
        this.skipped++;
        continue;
      }
      this.start(this.next(i));
    }
    await Promise.all(this.running);
  }

  /** Resumes every submission not acknowledged, a few at a time, with the same keys. */
  async resume(): Promise<void> {
    for (let round = 0; round < RESUME_ROUNDS; round++) {
      const unfinished = this.work.filter((w) => !w.record.acknowledged);
      if (unfinished.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (let i = 0; i < unfinished.length; i += 4) {
        await Promise.all(unfinished.slice(i, i + 4).map((w) => w.submitter.submit(w.record, w.application)));
      }
    }
  }

  private next(i: number): Work {
    const clerk = this.plan.clerks[i % this.plan.clerks.length]!;
    const record: SubmissionRecord = {
      clerk,
      openKey: `${this.plan.runId}-open-${i}`,
      acceptKey: `${this.plan.runId}-accept-${i}`,
      behaviour: this.behaviour(),
      requests: 0,
      abandoned: 0,
      contradictions: [],
      errors: [],
    };
    this.records.push(record);
    const work = { record, application: this.plan.applications[i % this.plan.applications.length]!, submitter: new Submitter(this.clients.get(clerk)!, this.random) };
    this.work.push(work);
    return work;
  }

  private start(work: Work): void {
    const done: Promise<void> = work.submitter.submit(work.record, work.application)
      .catch((err: unknown) => void work.record.errors.push(`client error: ${(err as Error).message}`))
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  private behaviour(): Behaviour {
    let draw = this.random();
    for (const [behaviour, share] of MIX) {
      if (draw < share) return behaviour;
      draw -= share;
    }
    return 'plain';
  }
}

async function sleepUntil(at: number): Promise<void> {
  const wait = at - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
