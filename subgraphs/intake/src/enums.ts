import { registerEnumType } from 'type-graphql';
import { CaseStatus, CaseType, FieldStatus, MaterialStatus, SharingMethod, SubjectKind } from './__generated__/prisma/enums';

// Intake's enums, published under the same names as in its database.
registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: 'Who applies (申请主体类型)',
  valuesConfig: { PERSON: { description: 'A natural person (自然人), by citizen ID number' }, MARKET_ENTITY: { description: 'A market entity (市场主体), by unified social credit code' } },
});
registerEnumType(CaseType, {
  name: 'CaseType',
  description: 'How a matter is handled (办件类型)',
  valuesConfig: {
    IMMEDIATE: { description: 'Done on the spot (即办件)' },
    PROMISED: { description: 'Done within a promised time limit (承诺件)' },
    JOINT: { description: 'Needs several departments jointly (联办件)' },
    REPORTED: { description: 'Township reviews first, the county decides (上报件)' },
  },
});
registerEnumType(SharingMethod, {
  name: 'SharingMethod',
  description: 'How a shared data item travels (使用方式)',
  valuesConfig: {
    FEDERATED_QUERY: { description: 'Read from the department through the federated gateway (接口调用)' },
    E_LICENCE: { description: 'An e-licence read from the library and used instead of paper (电子证照调用)' },
  },
});
registerEnumType(FieldStatus, {
  name: 'FieldStatus',
  description: 'What became of a form field when the form was prefilled (预填状态)',
  valuesConfig: {
    FILLED: { description: 'Filled from a department (已预填)' },
    NOT_HELD: { description: 'Bound to a shared item, but no department holds a value (无数据)' },
    PROVIDER_UNAVAILABLE: { description: 'The providing department did not answer in time (提供部门不可用)' },
    NOT_PERMITTED: { description: 'The item may not be used for this matter, so it was not read (无权使用)' },
    ASKED: { description: 'Not shared by any department: the applicant provides it (申请人填写)' },
  },
});
registerEnumType(MaterialStatus, {
  name: 'MaterialStatus',
  description: 'How a required material is met (材料状态)',
  valuesConfig: {
    SATISFIED_BY_LICENCE: { description: 'A valid e-licence is used instead (电子证照免提交)' },
    SATISFIED_BY_DATA: { description: 'A department’s record replaces it (共享数据免提交)' },
    PRODUCED_IN_BUNDLE: { description: 'An earlier matter of the same bundle produces it (一件事内产生)' },
    TO_SUBMIT: { description: 'The applicant must submit it (需提交)' },
    PROVIDER_UNAVAILABLE: { description: 'Could not be checked: its provider did not answer (提供部门不可用)' },
  },
});

export { CaseStatus, CaseType, FieldStatus, MaterialStatus, SharingMethod, SubjectKind };
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands (办件状态)',
  valuesConfig: {
    DRAFT: { description: 'Opened at the window, not yet accepted (登记中)' },
    NOT_ACCEPTED: { description: 'Not accepted; a one-time notice (一次性告知单) lists what is missing (不予受理)' },
    ACCEPTED: { description: 'Accepted at the window (已受理)' },
    IN_PROGRESS: { description: 'With the back offices (办理中)' },
    CORRECTION_REQUESTED: { description: 'Back office asked the applicant for a correction (补正中)' },
    APPROVED: { description: 'Approved; the result awaits hand-over (准予，待出件)' },
    REFUSED: { description: 'Refused with written reasons (不予许可)' },
    WITHDRAWN: { description: 'Ended at the window with written reasons (退办)' },
    DELIVERED: { description: 'Result handed over; the case is closed (已出件·办结)' },
  },
});
