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
