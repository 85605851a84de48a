import { startTestSubgraph, type TestSubgraph } from '@hub/kit';
import type { PrismaClient } from '../src/__generated__/prisma/client';
import { socialSecurity } from '../src/server';

export type SocialSecurityTest = TestSubgraph<PrismaClient>;

/** The department on port 0 with a fresh database holding the synthetic demo population. */
export function startSocialSecurity(): Promise<SocialSecurityTest> {
  return startTestSubgraph(socialSecurity);
}

/** Every field social security adds to Person, as the gateway would ask for it. */
export const PERSON_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Person {
        idNumber
        insured
        insuranceEnrolments { id scheme status startDate endDate contributionMonths monthlyBaseFen employer { creditCode } asOf }
        employments { id employer { creditCode } employerName position startDate endDate current monthlyWageFen asOf }
        currentEmployer { creditCode }
        socialSecurityCard { cardNumber issuedOn bank status asOf }
        unemploymentRegistrations { id registeredOn endedOn status asOf }
        employmentCertificate { number issuedOn issuedBy asOf }
      }
    }
  }`;

export const MARKET_ENTITY_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on MarketEntity { creditCode insuredEmployeeCount employees { idNumber } }
    }
  }`;

export type Entity = Record<string, unknown>;

/** Resolves entities by key through the subgraph, failing on any GraphQL error. */
export async function resolveEntities(sg: SocialSecurityTest, query: string, representations: Entity[]): Promise<Entity[]> {
  const { status, body } = await sg.query<{ _entities: Entity[] }>(query, { representations });
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data?._entities ?? [];
}

export const personKeys = (ids: readonly string[]) => ids.map((idNumber) => ({ __typename: 'Person', idNumber }));
export const marketEntityKeys = (codes: readonly string[]) => codes.map((creditCode) => ({ __typename: 'MarketEntity', creditCode }));
