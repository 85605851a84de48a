import { graphql } from '../__generated__';

/** A market entity as registered, with its permits, licences and insured employees. */
export const marketEntityProfile = graphql(/* GraphQL */ `
  query MarketEntityProfile($creditCode: String!) {
    marketEntity(creditCode: $creditCode) {
      creditCode
      name
      kind
      status
      legalRepresentativeName
      legalRepresentative { idNumber name }
      registeredAddress
      businessScope
      registeredCapitalFen
      establishedOn
      permits { kind number scope status validUntil }
      licences { id name status validUntil }
      insuredEmployeeCount
      asOf
    }
  }
`);
