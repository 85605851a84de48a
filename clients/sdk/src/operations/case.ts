import { graphql } from '../__generated__';

/**
 * Cases (办件) at the window, and the purpose grants (用数凭证) reads are made under: open the
 * case, then send `purposeGrant.token` as the x-hub-purpose header (HubClientOptions.headers)
 * with the prefill and every read of the applicant's data for it.
 */
export const openCase = graphql(/* GraphQL */ `
  mutation OpenCase($subject: SubjectInput!, $matterCode: String, $bundleCode: String, $situations: [String!]) {
    openCase(subject: $subject, matterCode: $matterCode, bundleCode: $bundleCode, situations: $situations) {
      id
      status
      title
      centre
      openedAt
      purposeGrant { token expiresAt subjects paths licenceTypes }
    }
  }
`);

/** A fresh grant for an open case (a grant lasts minutes; the case lasts until it closes). */
export const casePurposeGrant = graphql(/* GraphQL */ `
  query CasePurposeGrant($caseId: String!) {
    purposeGrant(caseId: $caseId) { token expiresAt }
  }
`);

/** A citizen authorises a centre to read their data for a matter or bundle (用数授权). */
export const authoriseDataUse = graphql(/* GraphQL */ `
  mutation AuthoriseDataUse($centre: String!, $matterCode: String, $bundleCode: String, $expiresAt: DateTimeISO!) {
    authoriseDataUse(centre: $centre, matterCode: $matterCode, bundleCode: $bundleCode, expiresAt: $expiresAt) { id centre title expiresAt }
  }
`);

export const myDataAuthorisations = graphql(/* GraphQL */ `
  query MyDataAuthorisations {
    myDataAuthorisations { id centre title createdAt expiresAt revokedAt }
  }
`);
