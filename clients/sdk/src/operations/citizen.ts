import { graphql } from '../__generated__';

/**
 * A citizen's own page (我的证照 · 谁查了我的数据): their licences and, from every department,
 * the latest reads of their data — who, when, why and what. Only the person themself may ask.
 */
export const myLicencesAndReads = graphql(/* GraphQL */ `
  query MyLicencesAndReads($idNumber: String!) {
    person(idNumber: $idNumber) {
      idNumber
      name
      licences { id name number status issuerName validUntil }
      accessLogCivilAffairs(limit: 50) { ...DataRead }
      accessLogSocialSecurity(limit: 50) { ...DataRead }
      accessLogMarketAccess(limit: 50) { ...DataRead }
      accessLogELicense(limit: 50) { ...DataRead }
    }
  }
  fragment DataRead on DataAccessRecord { seq department at caller { id role name centre department } purpose { matter caseId } items }
`);
