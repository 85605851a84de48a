import { acceptanceTerms, acceptCase } from '@hub/sdk';
import type { Answer, Ask } from '../api/hub';
import { addDays, chinaToday } from '../domain/dates';
import { LONGEST_TOLERANCE_DAYS, paperMaterials } from '../domain/prefillView';
import type { AcceptanceTerms, CaseDetail, IntakeState, MaterialCheck, Selection } from './model';

/**
 * 受理 as the clerk prepared it: the materials checklist's marks become what was brought and
 * what is 容缺 (with the day it will be brought by); whatever is neither makes the case not
 * accepted, with a one-time notice listing all of it at once.
 */
export interface AcceptancePlan {
  brought: MaterialCheck[];
  tolerated: Array<{ material: MaterialCheck; dueDate: string }>;
  /** Neither brought nor 容缺: acceptance becomes a one-time notice. */
  outstanding: MaterialCheck[];
  /** 容缺 without a day it may be brought by (tomorrow to 60 days ahead). */
  badDueDates: MaterialCheck[];
  /** Met by an e-licence, a department's record or the bundle itself: not asked for. */
  satisfied: MaterialCheck[];
}

export function acceptancePlan(state: IntakeState, today = chinaToday()): AcceptancePlan {
  const materials = state.form?.materials ?? [];
  const paper = paperMaterials(materials);
  const tolerated = paper.filter((m) => state.marks[m.code] === 'tolerated').map((material) => ({ material, dueDate: state.dueDates[material.code] ?? '' }));
  const first = addDays(today, 1);
  const last = addDays(today, LONGEST_TOLERANCE_DAYS);
  return {
    brought: paper.filter((m) => state.marks[m.code] === 'received'),
    tolerated,
    outstanding: paper.filter((m) => !state.marks[m.code]),
    badDueDates: tolerated.filter((t) => !/^\d{4}-\d{2}-\d{2}$/.test(t.dueDate) || t.dueDate < first || t.dueDate > last).map((t) => t.material),
    satisfied: materials.filter((m) => m.required && !paper.includes(m)),
  };
}

/** Required fields no department filled and the clerk has not typed yet. */
export function fieldsToType(state: IntakeState): number {
  return (state.form?.fields ?? []).filter((f) => f.required && f.status !== 'FILLED' && !(state.typed[f.key] ?? '').trim()).length;
}

export async function loadTerms(ask: Ask, selection: Selection): Promise<Answer<AcceptanceTerms>> {
  const answer = await ask(acceptanceTerms, { code: selection.code, bundle: selection.type === 'bundle' });
  if (!answer.data) return { data: null, problems: answer.problems };
  const matters = answer.data.lifeEventBundle?.matters ?? (answer.data.matter ? [answer.data.matter] : []);
  return { data: { commitmentMatters: matters.filter((m) => m.commitmentReplacesInspection).map(({ code, name }) => ({ code, name })) }, problems: answer.problems };
}

/** Sends the acceptance; its idempotency key makes a retry after a lost answer harmless. */
export async function submitAcceptance(ask: Ask, state: IntakeState, plan: AcceptancePlan, commitment: string | null): Promise<Answer<CaseDetail>> {
  const opened = state.case!;
  const answer = await ask(acceptCase, {
    input: {
      caseId: opened.id,
      expectedVersion: opened.version,
      prefillId: state.form?.id ?? null,
      broughtMaterials: Object.entries(state.marks).filter(([, mark]) => mark === 'received').map(([code]) => code),
      tolerated: plan.tolerated.map((t) => ({ materialCode: t.material.code, dueDate: t.dueDate })),
      commitment,
      idempotencyKey: opened.acceptKey,
    },
  });
  return { data: answer.data?.acceptCase ?? null, problems: answer.problems };
}
