import type { MatterSpec } from '../model';
import { M } from '../matterCodes';

/** 民政 matters: social assistance and the elderly, first reviewed at the township. */
const PERSON_FIELDS = ['applicant.name', 'applicant.gender', 'applicant.birthDate', 'applicant.ethnicity', 'applicant.phone', 'applicant.address'];
const RESIDENT = ['civil.resident.identity', 'civil.resident.contact', 'civil.household.register', 'elic.idCard'];
const DISABLED = { code: 'DISABLED', name: '申请人为残疾人', description: '申请人持有残疾人证，按规定认定或加发补贴' };

export const CIVIL_AFFAIRS_MATTERS: MatterSpec[] = [
  {
    code: M.SUBSISTENCE_ALLOWANCE, name: '最低生活保障申请', englishName: 'Subsistence allowance (dibao)',
    department: 'civil-affairs', applicantType: 'PERSON', caseType: 'REPORTED', legalTimeLimitDays: 30, promisedTimeLimitDays: 20,
    conditions: ['持有当地常住户口', '共同生活的家庭成员人均收入低于当地最低生活保障标准', '家庭财产状况符合当地规定'],
    situations: [DISABLED, { code: 'MARRIED', name: '申请人已婚', description: '配偶为共同生活家庭成员，需婚姻关系证明' }],
    materials: [
      { code: 'id-card' },
      { code: 'household-register' },
      { code: 'marriage-certificate', situation: 'MARRIED' },
      { code: 'employment-income-proof', tolerable: true },
      { code: 'family-finance-authorisation' },
      { code: 'disability-certificate', situation: 'DISABLED' },
    ],
    fields: [...PERSON_FIELDS, 'applicant.maritalStatus', 'household.number', 'household.town', 'household.memberNames', 'household.memberIdNumbers',
      'applicant.insuredSchemes', 'applicant.employer', 'applicant.businesses', 'applicant.benefits', 'assistance.householdIncome', 'assistance.reason'],
    dataItems: [...RESIDENT, 'civil.resident.marital', 'civil.household.members', 'civil.benefits', 'hrss.insurance.enrolments', 'hrss.employment',
      'market.businesses', 'elic.marriage'],
    fees: '不收费', feeFen: 0, result: '最低生活保障审批决定（县级民政部门）',
  },
  {
    code: M.OLD_AGE_ALLOWANCE, name: '高龄津贴申请', englishName: 'Old-age allowance (80+)',
    department: 'civil-affairs', applicantType: 'PERSON', caseType: 'IMMEDIATE', legalTimeLimitDays: 20, promisedTimeLimitDays: 0,
    conditions: ['年满80周岁', '具有本地户籍'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'household-register' }, { code: 'ss-card' }],
    fields: [...PERSON_FIELDS.slice(0, 4), 'applicant.address', 'household.town', 'applicant.phone', 'applicant.benefits'],
    // No contact item: the phone is confirmed in person, so applicant.phone is not read for this matter.
    dataItems: ['civil.resident.identity', 'civil.household.register', 'civil.benefits', 'elic.idCard', 'elic.ssCard'],
    fees: '不收费', feeFen: 0, result: '高龄津贴发放',
  },
  {
    code: M.TEMPORARY_ASSISTANCE, name: '临时救助申请', englishName: 'Temporary assistance',
    department: 'civil-affairs', applicantType: 'PERSON', caseType: 'REPORTED', legalTimeLimitDays: 15, promisedTimeLimitDays: 10,
    conditions: ['因火灾、交通事故、突发重大疾病等意外事件导致基本生活暂时出现严重困难', '或因生活必需支出突然增加超出家庭承受能力'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'household-register' }, { code: 'hardship-proof', tolerable: true }, { code: 'family-finance-authorisation' }],
    fields: [...PERSON_FIELDS, 'household.memberNames', 'applicant.benefits', 'assistance.reason', 'assistance.amountRequested'],
    dataItems: [...RESIDENT, 'civil.household.members', 'civil.benefits'],
    fees: '不收费', feeFen: 0, result: '临时救助审批决定',
  },
  {
    code: M.SPECIAL_HARDSHIP_SUPPORT, name: '特困人员救助供养申请', englishName: 'Support for persons in extreme hardship',
    department: 'civil-affairs', applicantType: 'PERSON', caseType: 'REPORTED', legalTimeLimitDays: 40, promisedTimeLimitDays: 30,
    conditions: ['无劳动能力', '无生活来源', '无法定赡养、抚养、扶养义务人，或其义务人无履行义务能力'],
    situations: [DISABLED],
    materials: [{ code: 'id-card' }, { code: 'household-register' }, { code: 'family-finance-authorisation' }, { code: 'disability-certificate', situation: 'DISABLED' }],
    fields: [...PERSON_FIELDS, 'applicant.maritalStatus', 'household.memberNames', 'applicant.insuredSchemes', 'applicant.benefits', 'assistance.reason', 'support.mode'],
    dataItems: [...RESIDENT, 'civil.resident.marital', 'civil.household.members', 'civil.benefits', 'hrss.insurance.enrolments'],
    fees: '不收费', feeFen: 0, result: '特困人员认定决定',
  },
  {
    code: M.SENIOR_CARD, name: '老年人优待证办理', englishName: 'Senior citizen concession card',
    department: 'civil-affairs', applicantType: 'PERSON', caseType: 'IMMEDIATE', legalTimeLimitDays: 5, promisedTimeLimitDays: 0,
    conditions: ['年满60周岁'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'photo', tolerable: true }],
    fields: [...PERSON_FIELDS, 'senior.emergencyContact'],
    dataItems: RESIDENT,
    fees: '不收费', feeFen: 0, result: '老年人优待证',
  },
];
