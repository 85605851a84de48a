import type { MatterSpec, SituationSpec } from '../model';
import { M } from '../matterCodes';

/** 市场监管 matters handled at the township window. */
const AGENT: SituationSpec = { code: 'AGENT', name: '委托代理人办理', description: '申请人委托他人到窗口办理，需授权委托书及代理人身份证明' };
const OPERATOR = ['civil.legalRep.identity', 'civil.legalRep.contact', 'elic.legalRep.idCard'];

export const MARKET_ACCESS_MATTERS: MatterSpec[] = [
  {
    code: M.INDIVIDUAL_BUSINESS_REGISTRATION, name: '个体工商户设立登记', englishName: 'Individual business registration',
    department: 'market-access', applicantType: 'PERSON', caseType: 'IMMEDIATE', legalTimeLimitDays: 3, promisedTimeLimitDays: 0,
    conditions: ['经营者为有经营能力的自然人', '名称、经营场所、经营范围符合登记规定'],
    situations: [AGENT, { code: 'FAMILY', name: '家庭经营', description: '以家庭成员共同经营，需家庭成员关系证明' }],
    materials: [
      { code: 'id-card' },
      { code: 'premises-proof' },
      { code: 'family-relation-proof', situation: 'FAMILY' },
      { code: 'power-of-attorney', situation: 'AGENT' },
    ],
    fields: ['applicant.name', 'applicant.gender', 'applicant.ethnicity', 'applicant.phone', 'applicant.address', 'business.name', 'business.organisationForm',
      'business.address', 'business.scope', 'business.capital', 'business.employeeCount'],
    dataItems: ['civil.resident.identity', 'civil.resident.contact', 'civil.household.register', 'civil.household.members', 'elic.idCard'],
    fees: '不收费', feeFen: 0, produces: 'business-licence', result: '营业执照',
  },
  {
    code: M.FOOD_BUSINESS_LICENCE, name: '食品经营许可', englishName: 'Food business licence',
    department: 'market-access', applicantType: 'MARKET_ENTITY', caseType: 'PROMISED', legalTimeLimitDays: 20, promisedTimeLimitDays: 3,
    conditions: ['具有与经营的食品品种、数量相适应的经营场所和设备设施', '有专职或兼职的食品安全管理人员和管理制度', '小型餐饮实行告知承诺：申请人书面承诺符合条件的，以承诺代替现场核查，许可后核查'],
    situations: [AGENT, { code: 'SMALL_CATERING', name: '小型餐饮（告知承诺）', description: '经营面积较小的餐饮服务，以告知承诺代替现场核查' }],
    materials: [
      { code: 'business-licence' },
      { code: 'id-card' },
      { code: 'food-layout', tolerable: true },
      { code: 'food-safety-rules', tolerable: true },
      { code: 'health-certificates', tolerable: true },
      { code: 'power-of-attorney', situation: 'AGENT' },
    ],
    fields: ['business.name', 'business.address', 'applicant.name', 'applicant.phone', 'food.businessFormat', 'food.items', 'food.safetyManager', 'food.commitment'],
    dataItems: ['market.entity.registration', 'elic.businessLicence', ...OPERATOR],
    fees: '不收费', feeFen: 0, commitmentReplacesInspection: true, produces: 'food-business-licence', result: '食品经营许可证',
  },
  {
    code: M.INDIVIDUAL_BUSINESS_CHANGE, name: '个体工商户变更登记', englishName: 'Individual business change registration',
    department: 'market-access', applicantType: 'MARKET_ENTITY', caseType: 'IMMEDIATE', legalTimeLimitDays: 3, promisedTimeLimitDays: 0,
    conditions: ['个体工商户登记事项发生变化', '变更后的名称、经营场所、经营范围符合登记规定'],
    situations: [AGENT, { code: 'CHANGE_ADDRESS', name: '变更经营场所', description: '迁移经营场所，需新场所使用证明' }],
    materials: [
      { code: 'business-licence' },
      { code: 'id-card' },
      { code: 'change-proof', tolerable: true },
      { code: 'premises-proof', situation: 'CHANGE_ADDRESS' },
      { code: 'power-of-attorney', situation: 'AGENT' },
    ],
    fields: ['business.name', 'business.address', 'business.scope', 'applicant.name', 'applicant.phone', 'business.changeItems'],
    dataItems: ['market.entity.registration', 'elic.businessLicence', ...OPERATOR],
    fees: '不收费', feeFen: 0, produces: 'business-licence', result: '变更后的营业执照',
  },
  {
    code: M.INDIVIDUAL_BUSINESS_DEREGISTRATION, name: '个体工商户注销登记', englishName: 'Individual business deregistration',
    department: 'market-access', applicantType: 'MARKET_ENTITY', caseType: 'IMMEDIATE', legalTimeLimitDays: 3, promisedTimeLimitDays: 0,
    conditions: ['已结清税款及债务', '持有的许可证件已办理注销或一并申请注销'],
    situations: [AGENT],
    materials: [
      { code: 'business-licence' },
      { code: 'id-card' },
      { code: 'food-business-licence', required: false },
      { code: 'tax-clearance' },
      { code: 'power-of-attorney', situation: 'AGENT' },
    ],
    fields: ['business.name', 'business.kind', 'business.establishedOn', 'business.permits', 'applicant.name', 'applicant.phone', 'business.deregistrationReason'],
    dataItems: ['market.entity.registration', 'market.entity.permits', 'elic.businessLicence', 'elic.foodBusiness', ...OPERATOR],
    fees: '不收费', feeFen: 0, result: '准予注销登记通知书',
  },
];
