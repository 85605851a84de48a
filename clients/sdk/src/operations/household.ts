import { graphql } from '../__generated__';

/**
 * A household and, for each member, what a subsistence-allowance (低保) review needs:
 * benefits, insurance and employment, businesses operated.
 */
export const householdReview = graphql(/* GraphQL */ `
  query HouseholdReview($id: String!) {
    household(id: $id) {
      id
      address
      benefits { kind monthlyAmountFen status }
      members {
        relation
        person {
          idNumber
          name
          birthDate
          benefits { kind status monthlyAmountFen }
          insuranceEnrolments { scheme status }
          employments { employerName current monthlyWageFen }
          businessesOperated { creditCode name status }
        }
      }
    }
  }
`);
