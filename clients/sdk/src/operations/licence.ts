import { graphql } from '../__generated__';

/** One e-licence by its identifier, with its surface data (照面信息). */
export const licenceById = graphql(/* GraphQL */ `
  query Licence($id: String!) {
    licence(id: $id) {
      id
      name
      number
      status
      holderName
      holderCode
      holderCodeType
      issuerName
      issuedOn
      validFrom
      validUntil
      surfaceData
      type { code name issuingDepartment surfaceFields { key label } }
      asOf
    }
  }
`);

/** The licence catalogue (证照目录). */
export const licenceTypes = graphql(/* GraphQL */ `
  query LicenceTypes {
    licenceTypes { code name englishName issuingDepartment holderCodeType }
  }
`);

/** 亮证: the holder's licence as shown to someone else — masked, with the code for a QR code. */
export const licenceDisplay = graphql(/* GraphQL */ `
  query LicenceDisplay($id: String!) {
    licence(id: $id) {
      display { licenceId name number holderName holderCode issuerName issuedOn validUntil status items { key label value } code }
    }
  }
`);

/** Scanning a shown licence's code (亮证码): is it genuine and in force, and what does it show. */
export const verifyLicenceCode = graphql(/* GraphQL */ `
  query VerifyLicenceCode($code: String!) {
    verifyLicenceCode(code: $code) {
      result valid reason issuerName signedAt status checkedAt
      display { licenceId name holderName holderCode issuerName validUntil items { key label value } }
    }
  }
`);

/** 用证记录: who used my licences, for which case or authorisation, when. Only the holder may ask. */
export const myLicenceUses = graphql(/* GraphQL */ `
  query MyLicenceUses($idNumber: String!, $since: DateTimeISO) {
    person(idNumber: $idNumber) {
      idNumber
      licenceUses(since: $since, limit: 100) {
        at licenceId licenceTypeCode kind basis caseId authorisationId matter matterName
        caller { id role name centre department }
      }
    }
  }
`);
