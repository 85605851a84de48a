import { graphql } from '../__generated__';

/** Everything the four departments share about one person (one federated query). */
export const personProfile = graphql(/* GraphQL */ `
  query PersonProfile($idNumber: String!) {
    person(idNumber: $idNumber) {
      idNumber
      name
      gender
      ethnicity
      birthDate
      maritalStatus
      registryAsOf
      household {
        id
        address
        division { code name }
        members { relation person { idNumber name birthDate } }
        asOf
      }
      insured
      insuranceEnrolments { scheme status startDate contributionMonths asOf }
      currentEmployer { creditCode name }
      socialSecurityCard { cardNumber status asOf }
      businessesOperated { creditCode name kind status permits { kind number status validUntil } asOf }
      licences { id name number status validUntil type { code name } asOf }
    }
  }
`);
