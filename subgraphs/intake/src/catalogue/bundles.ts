import type { BundleSpec } from './model';
import { LICENCE_TYPE } from './licenceTypes';
import { B, M } from './matterCodes';

/** Life-event bundles (一件事): one form, one set of materials, one process across departments. */
export const BUNDLES: BundleSpec[] = [
  {
    code: B.OPEN_RESTAURANT, name: '开办餐馆', englishName: 'Open a small restaurant',
    description: '个体工商户设立登记、食品经营许可（告知承诺代替现场核查）和职工参保登记一次申请、并联办理，核发一张行业综合许可证（一业一证）',
    subjectKind: 'PERSON',
    matters: [M.INDIVIDUAL_BUSINESS_REGISTRATION, M.FOOD_BUSINESS_LICENCE, M.EMPLOYEE_INSURANCE_REGISTRATION],
    result: '行业综合许可证', resultLicenceTypeCode: LICENCE_TYPE.INDUSTRY_COMPREHENSIVE, promisedTimeLimitDays: 5,
  },
  {
    code: B.RETIREMENT, name: '退休一件事', englishName: 'Retirement',
    description: '城乡居民养老保险待遇申领与老年人优待证办理一次申请',
    subjectKind: 'PERSON', matters: [M.RESIDENT_PENSION_CLAIM, M.SENIOR_CARD],
    result: '养老保险待遇核定及老年人优待证', promisedTimeLimitDays: 10,
  },
  {
    code: B.HARDSHIP_ASSISTANCE, name: '困难群众救助一件事', englishName: 'Hardship assistance',
    description: '最低生活保障、临时救助与失业登记、就业创业证申领一次申请：民政救助与人社就业援助联动',
    subjectKind: 'PERSON',
    matters: [M.SUBSISTENCE_ALLOWANCE, M.TEMPORARY_ASSISTANCE, M.UNEMPLOYMENT_REGISTRATION, M.EMPLOYMENT_CERTIFICATE],
    result: '救助审批决定及就业创业证', promisedTimeLimitDays: 20,
  },
];
