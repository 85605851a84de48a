import { makeCitizenId, makeCreditCode, postGraphQL } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { CATALOGUE, type BindingSpec, type DataItemSpec } from '../src/catalogue';
import { department, startTestHub, type TestHub } from '../../../gateway/test/testHub';
import { DepartmentOracle } from './departmentOracle';

/** The whole hub with intake, a clerk's token, and what tests prefill and compare with. */
export interface PrefillHarness {
  hub: TestHub;
  headers: Record<string, string>;
  oracle: DepartmentOracle;
  prefill(subject: Subject, target: { matterCode?: string; bundleCode?: string }, situations?: string[]): Promise<PrefilledForm>;
}

export type Subject = { idNumber: string } | { creditCode: string };

export interface PrefilledForm {
  id: string;
  caseId: string | null;
  fields: Array<{ key: string; value: string | null; status: string; source: { department: string; dataItem: string; asOf: string | null } | null }>;
  materials: Array<{ code: string; status: string; tolerated: boolean; dataItem: string | null; licence: { id: string } | null; note: string | null }>;
  figures: Record<string, number>;
  gatewayErrors: string[];
  gatewayMs: number;
  sharedDataQuery: string | null;
}

export const PREFILL = `mutation($subject: SubjectInput!, $matterCode: String, $bundleCode: String, $situations: [String!], $caseId: String) {
  prefillForm(subject: $subject, matterCode: $matterCode, bundleCode: $bundleCode, situations: $situations, caseId: $caseId) {
    id caseId fields { key value status source { department dataItem asOf } }
    materials { code status tolerated dataItem licence { id } note }
    figures { fieldsInForm fieldsPrefilled fieldsToType materialsRequired materialsSatisfied materialsToBring fieldsSeparately materialsSeparately }
    gatewayErrors gatewayMs sharedDataQuery } }`;

export const people = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
/** A valid ID number and credit code that no department has registered. */
export const GHOST_PERSON = makeCitizenId('370304', new Date('1950-01-01T00:00:00Z'), 999);
export const GHOST_ENTITY = makeCreditCode('92', '370304', 'MA0000001');

export async function startPrefillHarness(): Promise<PrefillHarness> {
  const hub = await startTestHub();
  const headers = await hub.authHeaders('clerk-boshan');
  const oracle = new DepartmentOracle((name) => department(hub, name).db);
  return {
    hub,
    headers,
    oracle,
    prefill: async (subject, target, situations) => {
      const { body } = await postGraphQL<{ prefillForm: PrefilledForm }>(hub.gateway.url, PREFILL, { subject, ...target, situations }, headers);
      if (body.errors?.length || !body.data) throw new Error(`prefill failed: ${JSON.stringify(body.errors)}`);
      return body.data.prefillForm;
    },
  };
}

const ITEMS = new Map(CATALOGUE.dataItems.map((i) => [i.code, i]));

/** The catalogue's binding of a field for a kind of subject. */
export function bindingOf(key: string, subject: Subject): BindingSpec | undefined {
  const field = CATALOGUE.fields.find((f) => f.key === key);
  return 'idNumber' in subject ? field?.person : field?.entity;
}

export function itemOf(code: string): DataItemSpec {
  const item = ITEMS.get(code);
  if (!item) throw new Error(`no data item ${code}`);
  return item;
}

export const subjectCode = (subject: Subject): string => ('idNumber' in subject ? subject.idNumber : subject.creditCode);
