import { graphql } from '../__generated__';

/**
 * The applicant at the window (申请人核验), before a matter is chosen: only what confirms
 * who they are, from the register that holds them — the prefill reads the rest, for the matter.
 */
export const applicantPersonCard = graphql(/* GraphQL */ `
  query ApplicantPersonCard($idNumber: String!) {
    person(idNumber: $idNumber) { idNumber name gender birthDate deceasedOn registryAsOf }
  }
`);

/** A market entity applying (申请主体), as market regulation registered it. */
export const applicantEntityCard = graphql(/* GraphQL */ `
  query ApplicantEntityCard($creditCode: String!) {
    marketEntity(creditCode: $creditCode) { creditCode name kind status legalRepresentativeName registeredAddress asOf }
  }
`);
