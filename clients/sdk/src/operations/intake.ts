import { graphql } from '../__generated__';

/**
 * The one-window intake (综合受理) for the clerk workstation: the catalogues, a form that
 * fills itself with provenance and its materials checklist, corrections, and the figures.
 */
export const matterCatalogue = graphql(/* GraphQL */ `
  query MatterCatalogue($search: String, $department: String) {
    matters(search: $search, department: $department) {
      code
      name
      englishName
      department
      applicantType
      caseType
      legalTimeLimitDays
      promisedTimeLimitDays
    }
    lifeEventBundles { code name englishName description subjectKind departments result promisedTimeLimitDays }
  }
`);

/** One matter with its standard elements (办事指南). */
export const matterGuide = graphql(/* GraphQL */ `
  query MatterGuide($code: String!) {
    matter(code: $code) {
      code
      name
      department
      caseType
      legalTimeLimitDays
      promisedTimeLimitDays
      conditions
      fees
      commitmentReplacesInspection
      result
      situations { code name description }
      materials { code name required tolerable situation replaceableBy { code name provider method } }
      formFields { key label required binding { dataItem path } }
    }
  }
`);

/** The data-sharing catalogue (数据共享清单). */
export const dataSharingCatalogue = graphql(/* GraphQL */ `
  query DataSharingCatalogue($provider: String, $matterCode: String) {
    dataSharingCatalogue(provider: $provider, matterCode: $matterCode) {
      code
      name
      provider
      subjectKind
      method
      fields
      purposes
      description
    }
  }
`);

/** Prefill a matter's or bundle's form for an applicant: every field with value, provenance and status. */
export const prefillForm = graphql(/* GraphQL */ `
  mutation PrefillForm($subject: SubjectInput!, $matterCode: String, $bundleCode: String, $situations: [String!], $caseId: String) {
    prefillForm(subject: $subject, matterCode: $matterCode, bundleCode: $bundleCode, situations: $situations, caseId: $caseId) {
      id
      title
      fields {
        key
        label
        englishLabel
        value
        displayValue
        status
        required
        source { department dataItem dataItemName asOf }
      }
      materials {
        code
        name
        englishName
        dataItem
        status
        required
        tolerated
        note
        producedBy
        licence { id name status validUntil }
      }
      figures { fieldsInForm fieldsPrefilled fieldsToType materialsRequired materialsSatisfied materialsToBring fieldsSeparately materialsSeparately }
      gatewayErrors
    }
  }
`);

/** Correct a prefilled value with a reason; the original is kept. */
export const correctPrefilledField = graphql(/* GraphQL */ `
  mutation CorrectPrefilledField($prefillId: String!, $key: String!, $value: String!, $reason: String!) {
    correctPrefilledField(prefillId: $prefillId, key: $key, value: $value, reason: $reason) {
      id
      key
      value
      reason
      correctedAt
      original { value status source { department dataItem asOf } }
    }
  }
`);

/** Reform figures over recorded prefills. */
export const reformFigures = graphql(/* GraphQL */ `
  query ReformFigures($matterCode: String, $bundleCode: String) {
    reformFigures(matterCode: $matterCode, bundleCode: $bundleCode) {
      prefills
      fieldsInForms
      fieldsPrefilled
      materialsRequired
      materialsSatisfied
      prefilledShare
      paperlessShare
      corrections
    }
  }
`);
