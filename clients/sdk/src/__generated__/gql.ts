/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HouseholdReview($id: String!) {\n    household(id: $id) {\n      id\n      address\n      benefits { kind monthlyAmountFen status }\n      members {\n        relation\n        person {\n          idNumber\n          name\n          birthDate\n          benefits { kind status monthlyAmountFen }\n          insuranceEnrolments { scheme status }\n          employments { employerName current monthlyWageFen }\n          businessesOperated { creditCode name status }\n        }\n      }\n    }\n  }\n": typeof types.HouseholdReviewDocument,
    "\n  query Licence($id: String!) {\n    licence(id: $id) {\n      id\n      name\n      number\n      status\n      holderName\n      holderCode\n      holderCodeType\n      issuerName\n      issuedOn\n      validFrom\n      validUntil\n      surfaceData\n      type { code name issuingDepartment surfaceFields { key label } }\n      asOf\n    }\n  }\n": typeof types.LicenceDocument,
    "\n  query LicenceTypes {\n    licenceTypes { code name englishName issuingDepartment holderCodeType }\n  }\n": typeof types.LicenceTypesDocument,
    "\n  query MarketEntityProfile($creditCode: String!) {\n    marketEntity(creditCode: $creditCode) {\n      creditCode\n      name\n      kind\n      status\n      legalRepresentativeName\n      legalRepresentative { idNumber name }\n      registeredAddress\n      businessScope\n      registeredCapitalFen\n      establishedOn\n      permits { kind number scope status validUntil }\n      licences { id name status validUntil }\n      insuredEmployeeCount\n      asOf\n    }\n  }\n": typeof types.MarketEntityProfileDocument,
    "\n  query PersonProfile($idNumber: String!) {\n    person(idNumber: $idNumber) {\n      idNumber\n      name\n      gender\n      ethnicity\n      birthDate\n      maritalStatus\n      registryAsOf\n      household {\n        id\n        address\n        division { code name }\n        members { relation person { idNumber name birthDate } }\n        asOf\n      }\n      insured\n      insuranceEnrolments { scheme status startDate contributionMonths asOf }\n      currentEmployer { creditCode name }\n      socialSecurityCard { cardNumber status asOf }\n      businessesOperated { creditCode name kind status permits { kind number status validUntil } asOf }\n      licences { id name number status validUntil type { code name } asOf }\n    }\n  }\n": typeof types.PersonProfileDocument,
};
const documents: Documents = {
    "\n  query HouseholdReview($id: String!) {\n    household(id: $id) {\n      id\n      address\n      benefits { kind monthlyAmountFen status }\n      members {\n        relation\n        person {\n          idNumber\n          name\n          birthDate\n          benefits { kind status monthlyAmountFen }\n          insuranceEnrolments { scheme status }\n          employments { employerName current monthlyWageFen }\n          businessesOperated { creditCode name status }\n        }\n      }\n    }\n  }\n": types.HouseholdReviewDocument,
    "\n  query Licence($id: String!) {\n    licence(id: $id) {\n      id\n      name\n      number\n      status\n      holderName\n      holderCode\n      holderCodeType\n      issuerName\n      issuedOn\n      validFrom\n      validUntil\n      surfaceData\n      type { code name issuingDepartment surfaceFields { key label } }\n      asOf\n    }\n  }\n": types.LicenceDocument,
    "\n  query LicenceTypes {\n    licenceTypes { code name englishName issuingDepartment holderCodeType }\n  }\n": types.LicenceTypesDocument,
    "\n  query MarketEntityProfile($creditCode: String!) {\n    marketEntity(creditCode: $creditCode) {\n      creditCode\n      name\n      kind\n      status\n      legalRepresentativeName\n      legalRepresentative { idNumber name }\n      registeredAddress\n      businessScope\n      registeredCapitalFen\n      establishedOn\n      permits { kind number scope status validUntil }\n      licences { id name status validUntil }\n      insuredEmployeeCount\n      asOf\n    }\n  }\n": types.MarketEntityProfileDocument,
    "\n  query PersonProfile($idNumber: String!) {\n    person(idNumber: $idNumber) {\n      idNumber\n      name\n      gender\n      ethnicity\n      birthDate\n      maritalStatus\n      registryAsOf\n      household {\n        id\n        address\n        division { code name }\n        members { relation person { idNumber name birthDate } }\n        asOf\n      }\n      insured\n      insuranceEnrolments { scheme status startDate contributionMonths asOf }\n      currentEmployer { creditCode name }\n      socialSecurityCard { cardNumber status asOf }\n      businessesOperated { creditCode name kind status permits { kind number status validUntil } asOf }\n      licences { id name number status validUntil type { code name } asOf }\n    }\n  }\n": types.PersonProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdReview($id: String!) {\n    household(id: $id) {\n      id\n      address\n      benefits { kind monthlyAmountFen status }\n      members {\n        relation\n        person {\n          idNumber\n          name\n          birthDate\n          benefits { kind status monthlyAmountFen }\n          insuranceEnrolments { scheme status }\n          employments { employerName current monthlyWageFen }\n          businessesOperated { creditCode name status }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdReview($id: String!) {\n    household(id: $id) {\n      id\n      address\n      benefits { kind monthlyAmountFen status }\n      members {\n        relation\n        person {\n          idNumber\n          name\n          birthDate\n          benefits { kind status monthlyAmountFen }\n          insuranceEnrolments { scheme status }\n          employments { employerName current monthlyWageFen }\n          businessesOperated { creditCode name status }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Licence($id: String!) {\n    licence(id: $id) {\n      id\n      name\n      number\n      status\n      holderName\n      holderCode\n      holderCodeType\n      issuerName\n      issuedOn\n      validFrom\n      validUntil\n      surfaceData\n      type { code name issuingDepartment surfaceFields { key label } }\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query Licence($id: String!) {\n    licence(id: $id) {\n      id\n      name\n      number\n      status\n      holderName\n      holderCode\n      holderCodeType\n      issuerName\n      issuedOn\n      validFrom\n      validUntil\n      surfaceData\n      type { code name issuingDepartment surfaceFields { key label } }\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenceTypes {\n    licenceTypes { code name englishName issuingDepartment holderCodeType }\n  }\n"): (typeof documents)["\n  query LicenceTypes {\n    licenceTypes { code name englishName issuingDepartment holderCodeType }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketEntityProfile($creditCode: String!) {\n    marketEntity(creditCode: $creditCode) {\n      creditCode\n      name\n      kind\n      status\n      legalRepresentativeName\n      legalRepresentative { idNumber name }\n      registeredAddress\n      businessScope\n      registeredCapitalFen\n      establishedOn\n      permits { kind number scope status validUntil }\n      licences { id name status validUntil }\n      insuredEmployeeCount\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query MarketEntityProfile($creditCode: String!) {\n    marketEntity(creditCode: $creditCode) {\n      creditCode\n      name\n      kind\n      status\n      legalRepresentativeName\n      legalRepresentative { idNumber name }\n      registeredAddress\n      businessScope\n      registeredCapitalFen\n      establishedOn\n      permits { kind number scope status validUntil }\n      licences { id name status validUntil }\n      insuredEmployeeCount\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($idNumber: String!) {\n    person(idNumber: $idNumber) {\n      idNumber\n      name\n      gender\n      ethnicity\n      birthDate\n      maritalStatus\n      registryAsOf\n      household {\n        id\n        address\n        division { code name }\n        members { relation person { idNumber name birthDate } }\n        asOf\n      }\n      insured\n      insuranceEnrolments { scheme status startDate contributionMonths asOf }\n      currentEmployer { creditCode name }\n      socialSecurityCard { cardNumber status asOf }\n      businessesOperated { creditCode name kind status permits { kind number status validUntil } asOf }\n      licences { id name number status validUntil type { code name } asOf }\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($idNumber: String!) {\n    person(idNumber: $idNumber) {\n      idNumber\n      name\n      gender\n      ethnicity\n      birthDate\n      maritalStatus\n      registryAsOf\n      household {\n        id\n        address\n        division { code name }\n        members { relation person { idNumber name birthDate } }\n        asOf\n      }\n      insured\n      insuranceEnrolments { scheme status startDate contributionMonths asOf }\n      currentEmployer { creditCode name }\n      socialSecurityCard { cardNumber status asOf }\n      businessesOperated { creditCode name kind status permits { kind number status validUntil } asOf }\n      licences { id name number status validUntil type { code name } asOf }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;