import { graphql } from '../__generated__';

/**
 * Cases (办件) at the window, and the purpose grants (用数凭证) reads are made under: open the
 * case, then send `purposeGrant.token` as the x-hub-purpose header (HubClientOptions.headers)
 * with the prefill and every read of the applicant's data for it.
 */
export const openCase = graphql(/* GraphQL */ `
  mutation OpenCase($subject: SubjectInput!, $matterCode: String, $bundleCode: String, $situations: [String!], $idempotencyKey: String, $mandate: MandateInput) {
    openCase(subject: $subject, matterCode: $matterCode, bundleCode: $bundleCode, situations: $situations, idempotencyKey: $idempotencyKey, mandate: $mandate) {
      id
      status
      title
      centre
      openedAt
      version
      purposeGrant { token expiresAt subjects paths licenceTypes }
    }
  }
`);

/** A fresh grant for an open case (a grant lasts minutes; the case lasts until it closes). */
export const casePurposeGrant = graphql(/* GraphQL */ `
  query CasePurposeGrant($caseId: String!) {
    purposeGrant(caseId: $caseId) { token expiresAt paths }
  }
`);

/**
 * The applicant's card under a case's grant: only the items the grant declares are asked
 * (the flags come from its paths), so nothing is refused as undeclared.
 */
export const caseApplicantPerson = graphql(/* GraphQL */ `
  query CaseApplicantPerson($idNumber: String!, $name: Boolean!, $gender: Boolean!, $birthDate: Boolean!, $asOf: Boolean!) {
    person(idNumber: $idNumber) {
      idNumber
      name @include(if: $name)
      gender @include(if: $gender)
      birthDate @include(if: $birthDate)
      registryAsOf @include(if: $asOf)
    }
  }
`);

export const caseApplicantEntity = graphql(/* GraphQL */ `
  query CaseApplicantEntity($creditCode: String!, $name: Boolean!, $kind: Boolean!, $address: Boolean!, $representative: Boolean!, $asOf: Boolean!) {
    marketEntity(creditCode: $creditCode) {
      creditCode
      name @include(if: $name)
      kind @include(if: $kind)
      registeredAddress @include(if: $address)
      legalRepresentative @include(if: $representative) { name }
      asOf @include(if: $asOf)
    }
  }
`);

/** Whether the applicant's written commitment may replace the on-site inspection (承诺告知制), per matter. */
export const acceptanceTerms = graphql(/* GraphQL */ `
  query AcceptanceTerms($code: String!, $bundle: Boolean!) {
    matter(code: $code) @skip(if: $bundle) { code name commitmentReplacesInspection }
    lifeEventBundle(code: $code) @include(if: $bundle) { code matters { code name commitmentReplacesInspection } }
  }
`);

/** A case as the window and the back office see it: status, deadline, tasks, 容缺, the step log. */
export const caseDetailFields = graphql(/* GraphQL */ `
  fragment CaseDetail on Case {
    id
    number
    title
    matterCode
    bundleCode
    status
    caseType
    subjectKind
    subjectCode
    centre
    version
    openedAt
    acceptedAt
    deadline
    remainingWorkingDays
    overdue
    commitmentText
    closingReasons
    closedAt
    deliveryMethod
    deliveredAt
    tasks { id department matterCode step sequence status dueDate overdue decidedAt decidedBy reasons }
    commitments { materialCode name dueDate fulfilledAt overdue }
    notice { issuedAt items { code name requirement } }
    events { seq at action fromStatus toStatus actorRole actorName centre department detail }
    mandate { agentName agentPhone station scope }
    rating { score comment ratedAt followUpOpen followUpResponse }
    resultLicences { id }
  }
`);

/** 受理 — or, with materials missing, 不予受理 with a one-time notice (一次性告知单). */
export const acceptCase = graphql(/* GraphQL */ `
  mutation AcceptCase($input: AcceptCaseInput!) {
    acceptCase(input: $input) { ...CaseDetail }
  }
`);

export const caseDetail = graphql(/* GraphQL */ `
  query CaseDetail($id: String!) {
    case(id: $id) { ...CaseDetail }
  }
`);

/** The centre's queue (限时办结), deadline first, with the centre's counts. */
export const centreCases = graphql(/* GraphQL */ `
  query CentreCases($status: CaseStatus, $overdueOnly: Boolean!) {
    centreCases(status: $status, overdueOnly: $overdueOnly) {
      id number title status caseType subjectKind subjectCode openedAt deadline remainingWorkingDays overdue
      commitments { materialCode name dueDate fulfilledAt overdue }
    }
    caseTimeLimits { centres { key open overdue dueToday } }
  }
`);

/** The approver's department's tasks, due first, each with its case, and the department's counts. */
export const departmentTasks = graphql(/* GraphQL */ `
  query DepartmentTasks($status: String) {
    departmentTasks(status: $status) {
      id department matterCode step status dueDate overdue decidedAt decidedBy reasons
      case { id number title status caseType subjectKind subjectCode deadline remainingWorkingDays overdue }
    }
    caseTimeLimits { departments { key open overdue dueToday } }
  }
`);

export const decideTask = graphql(/* GraphQL */ `
  mutation DecideTask($taskId: String!, $decision: String!, $reasons: String, $expectedVersion: Int) {
    decideTask(taskId: $taskId, decision: $decision, reasons: $reasons, expectedVersion: $expectedVersion) { ...CaseDetail }
  }
`);

/** 补正: what the back office asked for was brought to the window. */
export const submitCorrection = graphql(/* GraphQL */ `
  mutation SubmitCorrection($caseId: String!, $note: String!, $expectedVersion: Int) {
    submitCorrection(caseId: $caseId, note: $note, expectedVersion: $expectedVersion) { ...CaseDetail }
  }
`);

/** 退办, with written reasons. */
export const withdrawCase = graphql(/* GraphQL */ `
  mutation WithdrawCase($caseId: String!, $reasons: String!, $expectedVersion: Int) {
    withdrawCase(caseId: $caseId, reasons: $reasons, expectedVersion: $expectedVersion) { ...CaseDetail }
  }
`);

/** 出件: WINDOW, MAIL, ELECTRONIC or AGENT. */
export const deliverCaseResult = graphql(/* GraphQL */ `
  mutation DeliverCaseResult($caseId: String!, $method: String!, $expectedVersion: Int) {
    deliverCaseResult(caseId: $caseId, method: $method, expectedVersion: $expectedVersion) { ...CaseDetail }
  }
`);

/** 容缺 follow-up: the committed material was brought. */
export const fulfilCommitment = graphql(/* GraphQL */ `
  mutation FulfilCommitment($caseId: String!, $materialCode: String!) {
    fulfilCommitment(caseId: $caseId, materialCode: $materialCode) { ...CaseDetail }
  }
`);

/** 好差评, recorded at the window. */
export const rateCase = graphql(/* GraphQL */ `
  mutation RateCase($caseId: String!, $score: Int!, $comment: String) {
    rateCase(caseId: $caseId, score: $score, comment: $comment) { ...CaseDetail }
  }
`);

/** 差评整改: the centre's response closes a bad rating's follow-up. */
export const closeRatingFollowUp = graphql(/* GraphQL */ `
  mutation CloseRatingFollowUp($caseId: String!, $response: String!) {
    closeRatingFollowUp(caseId: $caseId, response: $response) { ...CaseDetail }
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
