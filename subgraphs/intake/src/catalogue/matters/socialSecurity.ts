import type { MatterSpec } from '../model';
import { M } from '../matterCodes';

/** 人力资源和社会保障 matters handled at the township window. */
const RESIDENT = ['civil.resident.identity', 'civil.resident.contact', 'civil.household.register', 'elic.idCard'];
const PERSON_FIELDS = ['applicant.name', 'applicant.gender', 'applicant.birthDate', 'applicant.phone', 'applicant.address'];

export const SOCIAL_SECURITY_MATTERS: MatterSpec[] = [
  {
    code: M.RESIDENT_PENSION_ENROLMENT, name: '城乡居民基本养老保险参保登记', englishName: 'Resident basic pension enrolment',
    department: 'social-security', applicantType: 'PERSON', caseType: 'IMMEDIATE', legalTimeLimitDays: 1, promisedTimeLimitDays: 0,
    conditions: ['年满16周岁（不含在校学生）', '非国家机关和事业单位工作人员', '不属于职工基本养老保险制度覆盖范围'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'household-register' }],
    fields: [...PERSON_FIELDS.slice(0, 3), 'applicant.ethnicity', ...PERSON_FIELDS.slice(3), 'household.number', 'applicant.insuredSchemes', 'pension.contributionGrade'],
    dataItems: [...RESIDENT, 'hrss.insurance.enrolments'],
    fees: '不收费', feeFen: 0, result: '参保登记（城乡居民养老保险个人账户建立）',
  },
  {
    code: M.EMPLOYMENT_CERTIFICATE, name: '就业创业证申领', englishName: 'Employment and entrepreneurship certificate',
    department: 'social-security', applicantType: 'PERSON', caseType: 'IMMEDIATE', legalTimeLimitDays: 5, promisedTimeLimitDays: 0,
    conditions: ['法定劳动年龄内、有劳动能力和就业要求', '已办理就业或失业登记'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'unemployment-proof' }],
    fields: [...PERSON_FIELDS, 'applicant.unemployedSince', 'applicant.employer', 'applicant.employmentCertificateNumber', 'job.intention'],
    dataItems: [...RESIDENT, 'hrss.unemployment', 'hrss.employment', 'hrss.certificate'],
    fees: '不收费', feeFen: 0, result: '就业创业证',
  },
  {
    code: M.EMPLOYEE_INSURANCE_REGISTRATION, name: '用人单位职工参保登记', englishName: 'Employee insurance registration (employer)',
    department: 'social-security', applicantType: 'MARKET_ENTITY', caseType: 'IMMEDIATE', legalTimeLimitDays: 15, promisedTimeLimitDays: 0,
    conditions: ['依法登记的用人单位（含有雇工的个体工商户）', '自用工之日起三十日内为职工申请参保'],
    situations: [],
    materials: [{ code: 'business-licence' }, { code: 'id-card' }, { code: 'employee-roster' }, { code: 'labour-contracts', tolerable: true }],
    fields: ['business.name', 'business.address', 'applicant.name', 'applicant.phone', 'applicant.ssCardNumber', 'business.employeeCount',
      'employer.schemes', 'employer.insuredEmployees', 'employer.bankAccount'],
    dataItems: ['market.entity.registration', 'civil.legalRep.identity', 'civil.legalRep.contact', 'elic.businessLicence', 'elic.legalRep.idCard',
      'civil.resident.identity', 'civil.resident.contact', 'hrss.card', 'elic.idCard'],
    fees: '不收费', feeFen: 0, result: '社会保险登记及职工参保',
  },
  {
    code: M.RESIDENT_PENSION_CLAIM, name: '城乡居民基本养老保险待遇申领', englishName: 'Resident basic pension claim',
    department: 'social-security', applicantType: 'PERSON', caseType: 'PROMISED', legalTimeLimitDays: 20, promisedTimeLimitDays: 10,
    conditions: ['年满60周岁', '累计缴费满15年（或按规定补缴）', '未领取国家规定的其他基本养老保障待遇'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'household-register' }, { code: 'ss-card' }],
    fields: [...PERSON_FIELDS, 'pension.enrolledOn', 'pension.contributionMonths', 'pension.status', 'applicant.ssCardNumber', 'applicant.ssCardBank', 'pension.startMonth'],
    dataItems: [...RESIDENT, 'hrss.pension.resident', 'hrss.card', 'elic.ssCard'],
    fees: '不收费', feeFen: 0, result: '城乡居民养老保险待遇核定',
  },
  {
    code: M.UNEMPLOYMENT_REGISTRATION, name: '失业登记', englishName: 'Unemployment registration',
    department: 'social-security', applicantType: 'PERSON', caseType: 'IMMEDIATE', legalTimeLimitDays: 1, promisedTimeLimitDays: 0,
    conditions: ['法定劳动年龄内、有劳动能力和就业要求', '处于无业状态'],
    situations: [],
    materials: [{ code: 'id-card' }, { code: 'termination-proof', tolerable: true }],
    fields: [...PERSON_FIELDS, 'applicant.employer', 'unemployment.reason', 'job.intention'],
    dataItems: [...RESIDENT, 'hrss.employment'],
    fees: '不收费', feeFen: 0, result: '失业登记',
  },
];
