import type { DataItemRecord } from '../catalogue/catalogue.records';
import { parsePath, type PathStep } from './paths';
import { leaves, Selection } from './selection';
import type { Template } from './template';

/**
 * How a template is read: ONE GraphQL document for the gateway, selecting exactly the
 * fields bound to permitted items (and each item's as-of time), built once per template
 * and cached with the catalogue snapshot.
 *
 * Each providing department gets a root field of its own, aliased by its name:
 *
 *   query Prefill_SCJG_XK_001($subject: String!) {
 *     civil_affairs: applicantPerson(idNumber: $subject) { name gender household { address asOf } registryAsOf }
 *     e_license: applicantPerson(idNumber: $subject) { licences(types: ["…W001"]) { id status validUntil asOf type { code } } }
 *   }
 *
 * `applicantPerson` is intake's own root: it returns the person as an entity reference, so
 * the gateway asks every department for its fields in parallel, and a department that is
 * down, or does not know the person, empties only its own alias.
 */
export interface PrefillPlan {
  template: Template;
  /** Null when the template reads nothing (every field asked, every material submitted). */
  document: string | null;
  operationName: string;
}

/**
 * The licence metadata a material check needs, and the library's verification of the
 * licence at this moment (seal, content, status, dates): only a licence that verifies
 * replaces the paper material.
 */
export const LICENCE_SELECTION = ['id', 'status', 'validUntil', 'asOf', 'type.code', 'verification.result'];

export function aliasOf(department: string): string {
  return department.replace(/-/g, '_');
}

/** The steps of a licence item's holder (`person` → [], `marketEntity.legalRepresentative` → [legalRepresentative]). */
export function holderSteps(item: DataItemRecord): PathStep[] {
  return parsePath(`${item.licenceHolderPath}.licences`).steps.slice(0, -1);
}

export function buildPlan(template: Template): PrefillPlan {
  const groups = new Map<string, Selection>();
  const group = (department: string) => {
    if (!groups.has(department)) groups.set(department, new Selection());
    return groups.get(department)!;
  };
  const licenceTypes = new Map<string, { item: DataItemRecord; types: Set<string> }>();
  const readItem = (item: DataItemRecord) => {
    if (item.method === 'E_LICENCE') {
      const entry = licenceTypes.get(item.licenceHolderPath!) ?? { item, types: new Set<string>() };
      entry.types.add(item.licenceTypeCode!);
      licenceTypes.set(item.licenceHolderPath!, entry);
    } else group(item.provider).add(parsePath(item.asOfPath).steps);
  };
  for (const field of template.fields) {
    if (!field.binding || !field.permitted) continue;
    group(field.binding.item.provider).add(field.binding.path.steps);
    readItem(field.binding.item);
  }
  for (const material of template.materials) if (material.item && material.permitted && !material.producedBy) readItem(material.item);
  for (const { item, types } of licenceTypes.values()) {
    const codes = [...types].sort().map((t) => JSON.stringify(t)).join(', ');
    group(item.provider).add(holderSteps(item)).child(`licences(types: [${codes}])`).merge(leaves(...LICENCE_SELECTION));
  }
  const operationName = `Prefill_${template.code.replace(/\W/g, '_')}_${template.subjectKind}`;
  if (groups.size === 0) return { template, document: null, operationName };
  const root = template.subjectKind === 'PERSON' ? 'applicantPerson(idNumber: $subject)' : 'applicantEntity(creditCode: $subject)';
  const body = [...groups].map(([department, selection]) => `  ${aliasOf(department)}: ${root} ${selection.print()}`).join('\n');
  return { template, document: `query ${operationName}($subject: String!) {\n${body}\n}`, operationName };
}
