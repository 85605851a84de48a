import { randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { PURPOSE_HEADER, PurposeSigner, type Purpose, type PurposeGrant } from '@hub/kit';
import type { Household, Subjects } from './subjects';

/**
 * The three workloads, each a GraphQL operation asked for many subjects by a clerk of
 * 博山区城东街道便民服务中心 under a purpose grant:
 * - `person`: one resident with fields from all four departments (困难群众救助一件事 reads
 *   identity, household, benefits, insurance, employment, businesses and licences);
 * - `prefill`: the read intake plans for the 开办餐馆 bundle (YJS-001), captured from a real
 *   prefill, asked for real restaurant operators;
 * - `household`: a subsistence-allowance (低保) household and, for each member, their
 *   insurance, businesses and licences — under a grant naming every member, as for the
 *   family's economic assessment (家庭经济状况核对), which each member authorises.
 * Grants are signed here as intake signs them (same content as a real case's grant, with the
 * benchmark's subject): a benchmark opens no case per request, and may outlive a grant's 15 minutes.
 */
export type ScenarioKey = 'person' | 'prefill' | 'household';

export interface ScenarioRequest {
  /** The JSON body sent to a gateway. */
  body: string;
  /** What a client of this project's gateway sends besides its bearer token. */
  purposeHeaders: Record<string, string>;
  /** What this project's gateway would forward to departments: peers get it pre-signed. */
  purpose: Purpose;
}

export interface Scenario {
  key: ScenarioKey;
  title: string;
  operationName: string;
  document: string;
  requests: ScenarioRequest[];
}

/** Licence types the hardship-assistance bundle declares (ID card, disability certificate). */
const HARDSHIP_LICENCE_TYPES = '["11100000000000013W001", "11100000000000031Q001"]';

export const PERSON_DOCUMENT = `query PersonAcrossDepartments($id: String!) {
  person(idNumber: $id) {
    idNumber name gender birthDate maritalStatus registryAsOf
    household { id address asOf }
    benefits { kind status asOf }
    insuranceEnrolments { scheme status asOf }
    employments { employerName current asOf }
    businessesOperated { creditCode name status asOf }
    licences(types: ${HARDSHIP_LICENCE_TYPES}) { id status asOf }
  }
}`;

export const HOUSEHOLD_DOCUMENT = `query SubsistenceHousehold($id: String!) {
  household(id: $id) {
    id address asOf
    members {
      person {
        idNumber name
        insuranceEnrolments { scheme status }
        businessesOperated { creditCode name status }
        licences(types: ${HARDSHIP_LICENCE_TYPES}) { id status }
      }
    }
  }
}`;

export interface GrantTemplates {
  /** A real 困难群众救助一件事 (YJS-003) case's grant. */
  hardship: PurposeGrant;
  /** A real 开办餐馆 (YJS-001) case's grant. */
  restaurant: PurposeGrant;
  /** The document intake sent for the restaurant prefill. */
  prefill: { document: string; operationName: string };
}

export async function buildScenarios(subjects: Subjects, templates: GrantTemplates, purposeKey: KeyObject): Promise<Scenario[]> {
  const signer = new PurposeSigner(purposeKey);
  const grantFor = async (template: PurposeGrant, people: string[]): Promise<{ purpose: Purpose; headers: Record<string, string> }> => {
    const grant: PurposeGrant = { ...template, id: randomUUID(), subjects: people };
    const token = await signer.sign(grant);
    return {
      purpose: { matter: grant.matter, caseId: grant.id, token },
      headers: { 'x-hub-matter': grant.matter, 'x-hub-case': grant.id, [PURPOSE_HEADER]: token },
    };
  };
  const request = async (document: string, operationName: string, variables: Record<string, unknown>, template: PurposeGrant, people: string[]): Promise<ScenarioRequest> => {
    const { purpose, headers } = await grantFor(template, people);
    return { body: JSON.stringify({ query: document, operationName, variables }), purposeHeaders: headers, purpose };
  };
  const { prefill } = templates;
  return [
    {
      key: 'person', title: 'person across 4 departments', operationName: 'PersonAcrossDepartments', document: PERSON_DOCUMENT,
      requests: await Promise.all(subjects.residents.map((id) => request(PERSON_DOCUMENT, 'PersonAcrossDepartments', { id }, templates.hardship, [id]))),
    },
    {
      key: 'prefill', title: 'restaurant prefill (YJS-001)', operationName: prefill.operationName, document: prefill.document,
      requests: await Promise.all(subjects.restaurantOperators.map((id) => request(prefill.document, prefill.operationName, { subject: id }, templates.restaurant, [id]))),
    },
    {
      key: 'household', title: 'subsistence household', operationName: 'SubsistenceHousehold', document: HOUSEHOLD_DOCUMENT,
      requests: await Promise.all(subjects.households.map((h: Household) => request(HOUSEHOLD_DOCUMENT, 'SubsistenceHousehold', { id: h.id }, templates.hardship, uniq([h.headIdNumber, ...h.members])))),
    },
  ];
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

