/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of social assistance (社会救助类别) */
export type BenefitKind =
  | 'DISABILITY_SUBSIDY'
  | 'OLD_AGE_ALLOWANCE'
  | 'SPECIAL_HARDSHIP'
  | 'SUBSISTENCE_ALLOWANCE'
  | 'TEMPORARY_ASSISTANCE';

/** Whether a benefit is being paid */
export type BenefitStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'SUSPENDED';

/** State of a social security card (社保卡状态) */
export type CardStatus =
  /** In use (正常) */
  | 'ACTIVE'
  /** Cancelled (注销) */
  | 'CANCELLED'
  /** Reported lost (挂失) */
  | 'LOST';

/** Where a case stands (办件状态) */
export type CaseStatus =
  /** Accepted at the window (已受理) */
  | 'ACCEPTED'
  /** Approved; the result awaits hand-over (准予，待出件) */
  | 'APPROVED'
  /** Back office asked the applicant for a correction (补正中) */
  | 'CORRECTION_REQUESTED'
  /** Result handed over; the case is closed (已出件·办结) */
  | 'DELIVERED'
  /** Opened at the window, not yet accepted (登记中) */
  | 'DRAFT'
  /** With the back offices (办理中) */
  | 'IN_PROGRESS'
  /** Not accepted; a one-time notice (一次性告知单) lists what is missing (不予受理) */
  | 'NOT_ACCEPTED'
  /** Refused with written reasons (不予许可) */
  | 'REFUSED'
  /** Ended at the window with written reasons (退办) */
  | 'WITHDRAWN';

/** How a matter is handled (办件类型) */
export type CaseType =
  /** Done on the spot (即办件) */
  | 'IMMEDIATE'
  /** Needs several departments jointly (联办件) */
  | 'JOINT'
  /** Done within a promised time limit (承诺件) */
  | 'PROMISED'
  /** Township reviews first, the county decides (上报件) */
  | 'REPORTED';

/** State of an insurance enrolment (参保状态) */
export type EnrolmentStatus =
  /** Enrolled and contributing (正常参保) */
  | 'ACTIVE'
  /** Contributions suspended (暂停缴费) */
  | 'SUSPENDED'
  /** Enrolment terminated (终止参保) */
  | 'TERMINATED';

/** What became of a form field when the form was prefilled (预填状态) */
export type FieldStatus =
  /** Not shared by any department: the applicant provides it (申请人填写) */
  | 'ASKED'
  /** Filled from a department (已预填) */
  | 'FILLED'
  /** Bound to a shared item, but no department holds a value (无数据) */
  | 'NOT_HELD'
  /** The item may not be used for this matter, so it was not read (无权使用) */
  | 'NOT_PERMITTED'
  /** The providing department did not answer in time (提供部门不可用) */
  | 'PROVIDER_UNAVAILABLE';

/** Gender as registered (性别) */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Kind of code identifying a licence holder (持证主体代码类型), GB/T 36903 */
export type HolderCodeType =
  /** 111 citizen ID number (公民身份号码) */
  | 'CITIZEN_ID'
  /** 001 unified social credit code (统一社会信用代码) */
  | 'CREDIT_CODE';

/** Relation to the head of household (与户主关系) */
export type HouseholdRelation =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'HEAD'
  | 'OTHER'
  | 'PARENT'
  | 'SPOUSE';

/** Social insurance scheme (险种) */
export type InsuranceScheme =
  /** Enterprise employee basic pension insurance (企业职工基本养老保险) */
  | 'ENTERPRISE_EMPLOYEE_PENSION'
  /** Unemployment insurance (失业保险) */
  | 'UNEMPLOYMENT'
  /** Urban and rural resident basic pension insurance (城乡居民基本养老保险) */
  | 'URBAN_RURAL_RESIDENT_PENSION'
  /** Work-injury insurance (工伤保险) */
  | 'WORK_INJURY';

/** Status of an issued licence (证照状态) */
export type LicenceStatus =
  /** Cancelled, e.g. the holder deregistered (注销) */
  | 'CANCELLED'
  /** Expired: past its validity end (失效) */
  | 'EXPIRED'
  /** Revoked by the issuer (撤销) */
  | 'REVOKED'
  /** Valid (有效) */
  | 'VALID'
  /** Withdrawn as a penalty (吊销) */
  | 'WITHDRAWN';

/** Marital status (婚姻状况) */
export type MaritalStatus =
  | 'DIVORCED'
  | 'MARRIED'
  | 'UNMARRIED'
  | 'WIDOWED';

/** Kind of market entity (市场主体类型), as coded in the credit code: 91 enterprise, 92 individual business, 93 farmer cooperative */
export type MarketEntityKind =
  /** Enterprise (企业) */
  | 'ENTERPRISE'
  /** Farmers' specialised cooperative (农民专业合作社) */
  | 'FARMER_COOPERATIVE'
  /** Individual business (个体工商户) */
  | 'INDIVIDUAL_BUSINESS';

/** Registration status of a market entity (登记状态) */
export type MarketEntityStatus =
  /** In existence (存续) */
  | 'ACTIVE'
  /** Deregistered (注销) */
  | 'CANCELLED'
  /** Business licence revoked (吊销) */
  | 'REVOKED';

/** How a required material is met (材料状态) */
export type MaterialStatus =
  /** An earlier matter of the same bundle produces it (一件事内产生) */
  | 'PRODUCED_IN_BUNDLE'
  /** Could not be checked: its provider did not answer (提供部门不可用) */
  | 'PROVIDER_UNAVAILABLE'
  /** A department’s record replaces it (共享数据免提交) */
  | 'SATISFIED_BY_DATA'
  /** A valid e-licence is used instead (电子证照免提交) */
  | 'SATISFIED_BY_LICENCE'
  /** The applicant must submit it (需提交) */
  | 'TO_SUBMIT';

/** Kind of administrative permit (行政许可类别) */
export type PermitKind =
  /** Food business licence (食品经营许可) */
  | 'FOOD_BUSINESS'
  /** Food production licence (食品生产许可) */
  | 'FOOD_PRODUCTION'
  /** Industry comprehensive licence (行业综合许可), one licence for one business type */
  | 'INDUSTRY_COMPREHENSIVE';

/** Whether a permit is in force (许可状态) */
export type PermitStatus =
  /** Past its validity (过期) */
  | 'EXPIRED'
  /** Revoked (撤销) */
  | 'REVOKED'
  /** In force (有效) */
  | 'VALID';

/** How a shared data item travels (使用方式) */
export type SharingMethod =
  /** An e-licence read from the library and used instead of paper (电子证照调用) */
  | 'E_LICENCE'
  /** Read from the department through the federated gateway (接口调用) */
  | 'FEDERATED_QUERY';

/** The applicant: a person by citizen ID number, or a market entity by unified social credit code — exactly one */
export type SubjectInput = {
  /** Unified social credit code (统一社会信用代码), for a market entity */
  creditCode?: string | null | undefined;
  /** Citizen ID number (公民身份号码), for a person */
  idNumber?: string | null | undefined;
};

/** Who applies (申请主体类型) */
export type SubjectKind =
  /** A market entity (市场主体), by unified social credit code */
  | 'MARKET_ENTITY'
  /** A natural person (自然人), by citizen ID number */
  | 'PERSON';

export type ApplicantPersonCardQueryVariables = Exact<{
  idNumber: string;
}>;


export type ApplicantPersonCardQuery = { person: { idNumber: string, name: string | null, gender: Gender | null, birthDate: string | null, deceasedOn: string | null, registryAsOf: string | null } | null };

export type ApplicantEntityCardQueryVariables = Exact<{
  creditCode: string;
}>;


export type ApplicantEntityCardQuery = { marketEntity: { creditCode: string, name: string, kind: MarketEntityKind, status: MarketEntityStatus, legalRepresentativeName: string, registeredAddress: string, asOf: string } | null };

export type OpenCaseMutationVariables = Exact<{
  subject: SubjectInput;
  matterCode?: string | null | undefined;
  bundleCode?: string | null | undefined;
  situations?: Array<string> | string | null | undefined;
}>;


export type OpenCaseMutation = { openCase: { id: string, status: CaseStatus, title: string, centre: string, openedAt: string, purposeGrant: { token: string, expiresAt: string, subjects: Array<string>, paths: Array<string>, licenceTypes: Array<string> } } };

export type CasePurposeGrantQueryVariables = Exact<{
  caseId: string;
}>;


export type CasePurposeGrantQuery = { purposeGrant: { token: string, expiresAt: string } };

export type AuthoriseDataUseMutationVariables = Exact<{
  centre: string;
  matterCode?: string | null | undefined;
  bundleCode?: string | null | undefined;
  expiresAt: string;
}>;


export type AuthoriseDataUseMutation = { authoriseDataUse: { id: string, centre: string, title: string, expiresAt: string } };

export type MyDataAuthorisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataAuthorisationsQuery = { myDataAuthorisations: Array<{ id: string, centre: string, title: string, createdAt: string, expiresAt: string, revokedAt: string | null }> };

export type MyLicencesAndReadsQueryVariables = Exact<{
  idNumber: string;
}>;


export type MyLicencesAndReadsQuery = { person: { idNumber: string, name: string | null, licences: Array<{ id: string, name: string, number: string, status: LicenceStatus, issuerName: string, validUntil: string | null }>, accessLogCivilAffairs: Array<{ seq: number, department: string, at: string, items: Array<string>, caller: { id: string, role: string, name: string | null, centre: string | null, department: string | null }, purpose: { matter: string | null, caseId: string | null } | null }> | null, accessLogSocialSecurity: Array<{ seq: number, department: string, at: string, items: Array<string>, caller: { id: string, role: string, name: string | null, centre: string | null, department: string | null }, purpose: { matter: string | null, caseId: string | null } | null }> | null, accessLogMarketAccess: Array<{ seq: number, department: string, at: string, items: Array<string>, caller: { id: string, role: string, name: string | null, centre: string | null, department: string | null }, purpose: { matter: string | null, caseId: string | null } | null }> | null, accessLogELicense: Array<{ seq: number, department: string, at: string, items: Array<string>, caller: { id: string, role: string, name: string | null, centre: string | null, department: string | null }, purpose: { matter: string | null, caseId: string | null } | null }> | null } | null };

export type DataReadFragment = { seq: number, department: string, at: string, items: Array<string>, caller: { id: string, role: string, name: string | null, centre: string | null, department: string | null }, purpose: { matter: string | null, caseId: string | null } | null };

export type HouseholdReviewQueryVariables = Exact<{
  id: string;
}>;


export type HouseholdReviewQuery = { household: { id: string, address: string, benefits: Array<{ kind: BenefitKind, monthlyAmountFen: number, status: BenefitStatus }>, members: Array<{ relation: HouseholdRelation, person: { idNumber: string, name: string | null, birthDate: string | null, benefits: Array<{ kind: BenefitKind, status: BenefitStatus, monthlyAmountFen: number }>, insuranceEnrolments: Array<{ scheme: InsuranceScheme, status: EnrolmentStatus }>, employments: Array<{ employerName: string, current: boolean, monthlyWageFen: number }>, businessesOperated: Array<{ creditCode: string, name: string, status: MarketEntityStatus }> } }> } | null };

export type MatterCatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
  department?: string | null | undefined;
}>;


export type MatterCatalogueQuery = { matters: Array<{ code: string, name: string, englishName: string, department: string, applicantType: SubjectKind, caseType: CaseType, legalTimeLimitDays: number, promisedTimeLimitDays: number }>, lifeEventBundles: Array<{ code: string, name: string, englishName: string, description: string, subjectKind: SubjectKind, departments: Array<string>, result: string, promisedTimeLimitDays: number }> };

export type MatterGuideQueryVariables = Exact<{
  code: string;
}>;


export type MatterGuideQuery = { matter: { code: string, name: string, department: string, caseType: CaseType, legalTimeLimitDays: number, promisedTimeLimitDays: number, conditions: Array<string>, fees: string, commitmentReplacesInspection: boolean, result: string, situations: Array<{ code: string, name: string, description: string }>, materials: Array<{ code: string, name: string, required: boolean, tolerable: boolean, situation: string | null, replaceableBy: { code: string, name: string, provider: string, method: SharingMethod } | null }>, formFields: Array<{ key: string, label: string, required: boolean, binding: { dataItem: string, path: string } | null }> } | null };

export type DataSharingCatalogueQueryVariables = Exact<{
  provider?: string | null | undefined;
  matterCode?: string | null | undefined;
}>;


export type DataSharingCatalogueQuery = { dataSharingCatalogue: Array<{ code: string, name: string, provider: string, subjectKind: SubjectKind, method: SharingMethod, fields: Array<string>, purposes: Array<string>, description: string }> };

export type PrefillFormMutationVariables = Exact<{
  subject: SubjectInput;
  matterCode?: string | null | undefined;
  bundleCode?: string | null | undefined;
  situations?: Array<string> | string | null | undefined;
  caseId?: string | null | undefined;
}>;


export type PrefillFormMutation = { prefillForm: { id: string, title: string, gatewayErrors: Array<string>, fields: Array<{ key: string, label: string, englishLabel: string, value: string | null, displayValue: string | null, status: FieldStatus, required: boolean, source: { department: string, dataItem: string, dataItemName: string, asOf: string | null } | null }>, materials: Array<{ code: string, name: string, englishName: string, dataItem: string | null, status: MaterialStatus, required: boolean, tolerated: boolean, note: string | null, producedBy: string | null, licence: { id: string, name: string, status: LicenceStatus, validUntil: string | null } | null }>, figures: { fieldsInForm: number, fieldsPrefilled: number, fieldsToType: number, materialsRequired: number, materialsSatisfied: number, materialsToBring: number, fieldsSeparately: number, materialsSeparately: number } } };

export type CorrectPrefilledFieldMutationVariables = Exact<{
  prefillId: string;
  key: string;
  value: string;
  reason: string;
}>;


export type CorrectPrefilledFieldMutation = { correctPrefilledField: { id: string, key: string, value: string, reason: string, correctedAt: string, original: { value: string | null, status: FieldStatus, source: { department: string, dataItem: string, asOf: string | null } | null } } };

export type ReformFiguresQueryVariables = Exact<{
  matterCode?: string | null | undefined;
  bundleCode?: string | null | undefined;
}>;


export type ReformFiguresQuery = { reformFigures: { prefills: number, fieldsInForms: number, fieldsPrefilled: number, materialsRequired: number, materialsSatisfied: number, prefilledShare: number | null, paperlessShare: number | null, corrections: number } };

export type LicenceQueryVariables = Exact<{
  id: string;
}>;


export type LicenceQuery = { licence: { id: string, name: string, number: string, status: LicenceStatus, holderName: string, holderCode: string, holderCodeType: HolderCodeType, issuerName: string, issuedOn: string, validFrom: string, validUntil: string | null, surfaceData: Record<string, unknown>, asOf: string, type: { code: string, name: string, issuingDepartment: string, surfaceFields: Array<{ key: string, label: string }> } } | null };

export type LicenceTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type LicenceTypesQuery = { licenceTypes: Array<{ code: string, name: string, englishName: string, issuingDepartment: string, holderCodeType: HolderCodeType }> };

export type MarketEntityProfileQueryVariables = Exact<{
  creditCode: string;
}>;


export type MarketEntityProfileQuery = { marketEntity: { creditCode: string, name: string, kind: MarketEntityKind, status: MarketEntityStatus, legalRepresentativeName: string, registeredAddress: string, businessScope: string, registeredCapitalFen: number, establishedOn: string, insuredEmployeeCount: number, asOf: string, legalRepresentative: { idNumber: string, name: string | null }, permits: Array<{ kind: PermitKind, number: string, scope: string, status: PermitStatus, validUntil: string }>, licences: Array<{ id: string, name: string, status: LicenceStatus, validUntil: string | null }> } | null };

export type PersonProfileQueryVariables = Exact<{
  idNumber: string;
}>;


export type PersonProfileQuery = { person: { idNumber: string, name: string | null, gender: Gender | null, ethnicity: string | null, birthDate: string | null, maritalStatus: MaritalStatus | null, registryAsOf: string | null, insured: boolean | null, household: { id: string, address: string, asOf: string, division: { code: string, name: string | null }, members: Array<{ relation: HouseholdRelation, person: { idNumber: string, name: string | null, birthDate: string | null } }> } | null, insuranceEnrolments: Array<{ scheme: InsuranceScheme, status: EnrolmentStatus, startDate: string, contributionMonths: number, asOf: string }>, currentEmployer: { creditCode: string, name: string } | null, socialSecurityCard: { cardNumber: string, status: CardStatus, asOf: string } | null, businessesOperated: Array<{ creditCode: string, name: string, kind: MarketEntityKind, status: MarketEntityStatus, asOf: string, permits: Array<{ kind: PermitKind, number: string, status: PermitStatus, validUntil: string }> }>, licences: Array<{ id: string, name: string, number: string, status: LicenceStatus, validUntil: string | null, asOf: string, type: { code: string, name: string } }> } | null };

export const DataReadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataAccessRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]} as unknown as DocumentNode<DataReadFragment, unknown>;
export const ApplicantPersonCardDocument = {"__meta__":{"hash":"sha256:5eb49b52c75ea6163773b35c6cd47d781e3aedbc73214fba66d9e1719ce1ca15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantPersonCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"deceasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registryAsOf"}}]}}]}}]} as unknown as DocumentNode<ApplicantPersonCardQuery, ApplicantPersonCardQueryVariables>;
export const ApplicantEntityCardDocument = {"__meta__":{"hash":"sha256:9bce9daf8b2302a79fa66a1a8b1c30e1bcd45e24be4330cd949da9a2cd4a2619"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantEntityCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAddress"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<ApplicantEntityCardQuery, ApplicantEntityCardQueryVariables>;
export const OpenCaseDocument = {"__meta__":{"hash":"sha256:4b7f4a50301b39cb2b556f51bc7e990c860d6dc44f70f256bc0270e3f5032363"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"situations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"matterCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"bundleCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"situations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"situations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purposeGrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}},{"kind":"Field","name":{"kind":"Name","value":"licenceTypes"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const CasePurposeGrantDocument = {"__meta__":{"hash":"sha256:45e3fe5ec4d2ee3bb687db5a7f54de0f42b10c64a08aae10e3890d02722ed342"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePurposeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CasePurposeGrantQuery, CasePurposeGrantQueryVariables>;
export const AuthoriseDataUseDocument = {"__meta__":{"hash":"sha256:c3941ce5baacd14262c214d42835ac12b05431cee3ef48ed79f6d28c2e02c20a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthoriseDataUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centre"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authoriseDataUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}},{"kind":"Argument","name":{"kind":"Name","value":"matterCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"bundleCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AuthoriseDataUseMutation, AuthoriseDataUseMutationVariables>;
export const MyDataAuthorisationsDocument = {"__meta__":{"hash":"sha256:30224ccaf19e4a6e19c0506c79e51bd270406400cf63196380d4fbbd95f8a13b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataAuthorisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDataAuthorisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<MyDataAuthorisationsQuery, MyDataAuthorisationsQueryVariables>;
export const MyLicencesAndReadsDocument = {"__meta__":{"hash":"sha256:f311eaeee5fbfe178fa16cec529e54e46fb0c77a0e9225b68e910f2f7021507a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLicencesAndReads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLogCivilAffairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLogSocialSecurity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLogMarketAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLogELicense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataRead"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataRead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataAccessRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"caller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]} as unknown as DocumentNode<MyLicencesAndReadsQuery, MyLicencesAndReadsQueryVariables>;
export const HouseholdReviewDocument = {"__meta__":{"hash":"sha256:4fd52b9ccd5db663c55a5a333c760255a9f39dd336014f71d176ad71d235bf1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuranceEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWageFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessesOperated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdReviewQuery, HouseholdReviewQueryVariables>;
export const MatterCatalogueDocument = {"__meta__":{"hash":"sha256:35563d98f314e7d5342539e0fb9f5df002d83f3bc2f683cbe3037beedc2678ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"applicantType"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"legalTimeLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedTimeLimitDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeEventBundles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"promisedTimeLimitDays"}}]}}]}}]} as unknown as DocumentNode<MatterCatalogueQuery, MatterCatalogueQueryVariables>;
export const MatterGuideDocument = {"__meta__":{"hash":"sha256:78777b0eef6e967f6e68096481df20852d0892cf75e9c385b445322855bbdf09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"legalTimeLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisedTimeLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentReplacesInspection"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"situations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"tolerable"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"replaceableBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"binding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataItem"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterGuideQuery, MatterGuideQueryVariables>;
export const DataSharingCatalogueDocument = {"__meta__":{"hash":"sha256:6fb32d622db9830c677b5fdad4c0c9b2442bf9832306a4fdc9e6af0fab4bdafb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSharingCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSharingCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"matterCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<DataSharingCatalogueQuery, DataSharingCatalogueQueryVariables>;
export const PrefillFormDocument = {"__meta__":{"hash":"sha256:28ecc19794966c20efb6ba3527ff86b2f0386e33494fc329ccc9ed3b06f75290"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrefillForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"situations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefillForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"matterCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"bundleCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"situations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"situations"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"englishLabel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"displayValue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"dataItem"}},{"kind":"Field","name":{"kind":"Name","value":"dataItemName"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"dataItem"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"tolerated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"producedBy"}},{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldsInForm"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsPrefilled"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsToType"}},{"kind":"Field","name":{"kind":"Name","value":"materialsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"materialsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"materialsToBring"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsSeparately"}},{"kind":"Field","name":{"kind":"Name","value":"materialsSeparately"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gatewayErrors"}}]}}]}}]} as unknown as DocumentNode<PrefillFormMutation, PrefillFormMutationVariables>;
export const CorrectPrefilledFieldDocument = {"__meta__":{"hash":"sha256:c7754416e6c248257a4b6473ace9cc1e7e5128b6fce7e227da7cd5388e297256"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectPrefilledField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefillId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctPrefilledField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefillId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefillId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"dataItem"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorrectPrefilledFieldMutation, CorrectPrefilledFieldMutationVariables>;
export const ReformFiguresDocument = {"__meta__":{"hash":"sha256:09f5b3e1721a1aeca72aa886a37279bcf5c683476623a0b18e8a9cb503b93f9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReformFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"bundleCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bundleCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefills"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsInForms"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsPrefilled"}},{"kind":"Field","name":{"kind":"Name","value":"materialsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"materialsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"prefilledShare"}},{"kind":"Field","name":{"kind":"Name","value":"paperlessShare"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"}}]}}]}}]} as unknown as DocumentNode<ReformFiguresQuery, ReformFiguresQueryVariables>;
export const LicenceDocument = {"__meta__":{"hash":"sha256:283e4c0fc7c0e0f935f858328b5f0884ddb9713849630ab11685221263592cd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Licence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"holderCode"}},{"kind":"Field","name":{"kind":"Name","value":"holderCodeType"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceData"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<LicenceQuery, LicenceQueryVariables>;
export const LicenceTypesDocument = {"__meta__":{"hash":"sha256:53a4f8c4b60e31ff24516e48c659eff8bd1e327ae9c391ee407ed16e4c2a7bfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"issuingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"holderCodeType"}}]}}]}}]} as unknown as DocumentNode<LicenceTypesQuery, LicenceTypesQueryVariables>;
export const MarketEntityProfileDocument = {"__meta__":{"hash":"sha256:498a1a31d3d2dd34868e14de25375a30d550ef6b669973772ca8a716b1a837e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketEntityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAddress"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapitalFen"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuredEmployeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<MarketEntityProfileQuery, MarketEntityProfileQueryVariables>;
export const PersonProfileDocument = {"__meta__":{"hash":"sha256:0bb206e50a6ce18881d360dee2dabd4fce3321e2cc75d8555f0430a653283ee6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registryAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"contributionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessesOperated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;