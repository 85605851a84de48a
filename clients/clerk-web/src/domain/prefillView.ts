import type { MaterialCheck, PrefilledField, PrefilledForm } from '../intake/model';
import { DEPARTMENTS, departmentOfDataItem, departmentsNamedIn, type Department } from './departments';

/** How the form shows a field: filled from a department, or to be typed (and why). */
export function isPrefilled(field: PrefilledField): boolean {
  return field.status === 'FILLED';
}

export function shownValue(field: PrefilledField): string {
  return field.displayValue ?? field.value ?? '';
}

/**
 * Departments that did not answer for this form: named by an unavailable field or
 * material, or by the gateway's errors. Their fields are typed and their papers checked by hand.
 */
export function unavailableDepartments(form: PrefilledForm): Department[] {
  const named = new Set<string>();
  for (const field of form.fields) if (field.status === 'PROVIDER_UNAVAILABLE' && field.source) named.add(field.source.department);
  for (const material of form.materials) {
    const department = material.status === 'PROVIDER_UNAVAILABLE' && material.dataItem ? departmentOfDataItem(material.dataItem) : null;
    if (department) named.add(department);
  }
  for (const message of form.gatewayErrors) for (const department of departmentsNamedIn(message)) named.add(department);
  return DEPARTMENTS.filter((d) => named.has(d));
}

/** The checklist in the order a clerk works through it: what the hub met, then what the applicant brings. */
export const MATERIAL_GROUPS = ['SATISFIED_BY_LICENCE', 'SATISFIED_BY_DATA', 'PRODUCED_IN_BUNDLE', 'PROVIDER_UNAVAILABLE', 'TO_SUBMIT'] as const;
export type MaterialGroup = (typeof MATERIAL_GROUPS)[number];

export function materialsByGroup(materials: MaterialCheck[]): Array<{ group: MaterialGroup; materials: MaterialCheck[] }> {
  return MATERIAL_GROUPS.map((group) => ({ group, materials: materials.filter((m) => m.status === group) })).filter((g) => g.materials.length > 0);
}

/** What the applicant still brings on paper: required, and neither met by the hub nor produced in the bundle. */
export function paperMaterials(materials: MaterialCheck[]): MaterialCheck[] {
  return materials.filter((m) => m.required && (m.status === 'TO_SUBMIT' || m.status === 'PROVIDER_UNAVAILABLE'));
}

/** 容缺: a material accepted missing is brought on a later day, at most this many days ahead (intake's limit). */
export const LONGEST_TOLERANCE_DAYS = 60;
