import { CaseType } from '../../enums';
import type { MatterRecord } from '../catalogue/catalogue.records';

export type TaskStepName = 'INSPECTION' | 'REVIEW' | 'TOWNSHIP_REVIEW' | 'COUNTY_DECISION';

export interface PlannedTask {
  department: string;
  matterCode: string;
  step: TaskStepName;
  /** Steps of one matter run in order; different matters run in parallel (并联审批). */
  sequence: number;
}

/**
 * The back-office tasks a case gets at acceptance, by case type (办件类型):
 * - 即办件: none, done at the window — unless the matter is part of a bundle, whose
 *   departments all take part;
 * - 承诺件: one review by the matter's department within its time limit, after an on-site
 *   inspection unless the matter lets the applicant's written commitment replace it (承诺告知制)
 *   and the applicant gave it;
 * - 上报件: township first review (乡镇初审), then the county department's decision;
 * - 联办件 (a bundle, 一件事): every matter's steps, in parallel across departments.
 */
export function planTasks(caseType: CaseType, matters: readonly MatterRecord[], commitmentGiven: boolean): PlannedTask[] {
  if (caseType === CaseType.IMMEDIATE) return [];
  return matters.flatMap((matter) => stepsOf(matter, caseType === CaseType.JOINT, commitmentGiven));
}

function stepsOf(matter: MatterRecord, inBundle: boolean, commitmentGiven: boolean): PlannedTask[] {
  const task = (step: TaskStepName, sequence: number): PlannedTask => ({ department: matter.department, matterCode: matter.code, step, sequence });
  switch (matter.caseType) {
    case CaseType.REPORTED:
      return [task('TOWNSHIP_REVIEW', 0), task('COUNTY_DECISION', 1)];
    case CaseType.PROMISED:
    case CaseType.JOINT: {
      const inspect = !(matter.commitmentReplacesInspection && commitmentGiven);
      return inspect ? [task('INSPECTION', 0), task('REVIEW', 1)] : [task('REVIEW', 0)];
    }
    case CaseType.IMMEDIATE:
      return inBundle ? [task('REVIEW', 0)] : [];
  }
}

/** The case type of an application: a bundle is handled jointly (联办件), a matter as catalogued. */
export function caseTypeOf(matters: readonly MatterRecord[], bundle: boolean): CaseType {
  return bundle ? CaseType.JOINT : matters[0]!.caseType;
}
