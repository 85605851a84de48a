import { setTimeout as delay } from 'node:timers/promises';
import { startQuestionLoad, type LoadOptions, type QuestionLoad } from './questionLoad';

/**
 * One phase of the failure run: both questions under load throughout; after `leadMs` the
 * fault goes in, after `faultMs` more it is taken out (for a killed department: restarted,
 * and back once it answers its readiness check), then `tailMs` more of load.
 */
export interface PhasePlan {
  name: string;
  /** What was done, in a few words, for the report. */
  fault: string;
  leadMs: number;
  faultMs: number;
  tailMs: number;
  inject?: () => Promise<void>;
  remove?: () => Promise<void>;
}

export interface PhaseRecord {
  plan: PhasePlan;
  startedAt: number;
  /** When the fault went in, when its removal began, and when the department was back. */
  faultAt: number;
  removeAt: number;
  fixedAt: number;
  endedAt: number;
  unaffected: QuestionLoad;
  affected: QuestionLoad;
}

export interface PhaseLoad {
  base: Omit<LoadOptions, 'affected' | 'connections' | 'rate'>;
  unaffected: { connections: number; rate: number };
  affected: { connections: number; rate: number };
}

export async function runPhase(plan: PhasePlan, load: PhaseLoad): Promise<PhaseRecord> {
  const startedAt = Date.now();
  const unaffected = startQuestionLoad({ ...load.base, ...load.unaffected, affected: false });
  const affected = startQuestionLoad({ ...load.base, ...load.affected, affected: true });
  try {
    await delay(plan.leadMs);
    const faultAt = Date.now();
    await plan.inject?.();
    await delay(plan.faultMs);
    const removeAt = Date.now();
    await plan.remove?.();
    const fixedAt = Date.now();
    await delay(plan.tailMs);
    return { plan, startedAt, faultAt, removeAt, fixedAt, endedAt: Date.now(), unaffected, affected };
  } finally {
    await Promise.all([unaffected.stop(), affected.stop()]);
  }
}
