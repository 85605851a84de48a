import type { DataItemSpec } from './model';
import { LICENCE_TYPE } from './licenceTypes';
import { M } from './matterCodes';

/**
 * The data-sharing catalogue (数据共享清单): each item with its provider, the fields it covers
 * (paths into the federated graph from the subject), the matters it may serve and its method.
 * A matter reads only the items it declares and that list it as a purpose.
 */
const PERSON_MATTERS = [
  M.INDIVIDUAL_BUSINESS_REGISTRATION, M.RESIDENT_PENSION_ENROLMENT, M.EMPLOYMENT_CERTIFICATE, M.EMPLOYEE_INSURANCE_REGISTRATION,
  M.RESIDENT_PENSION_CLAIM, M.UNEMPLOYMENT_REGISTRATION, M.SUBSISTENCE_ALLOWANCE, M.OLD_AGE_ALLOWANCE, M.TEMPORARY_ASSISTANCE,
  M.SPECIAL_HARDSHIP_SUPPORT, M.SENIOR_CARD, M.LICENCE_CORRECTION, M.LICENCE_USE_MANDATE,
];
const ENTITY_MATTERS = [M.FOOD_BUSINESS_LICENCE, M.INDIVIDUAL_BUSINESS_CHANGE, M.INDIVIDUAL_BUSINESS_DEREGISTRATION, M.EMPLOYEE_INSURANCE_REGISTRATION];
const ASSISTANCE = [M.SUBSISTENCE_ALLOWANCE, M.TEMPORARY_ASSISTANCE, M.SPECIAL_HARDSHIP_SUPPORT];

const federated = (item: Omit<DataItemSpec, 'method'>): DataItemSpec => ({ ...item, method: 'FEDERATED_QUERY' });

const licence = (code: string, name: string, englishName: string, typeCode: string, holderPath: string, purposes: string[]): DataItemSpec => {
  const root = holderPath.split('.')[0]!;
  return {
    code, name, englishName, provider: 'e-license', method: 'E_LICENCE',
    subjectKind: root === 'person' ? 'PERSON' : 'MARKET_ENTITY',
    fields: [`${holderPath}.licences`], asOfPath: `${holderPath}.licences[].asOf`,
    licence: { typeCode, holderPath },
    ...(holderPath.includes('.') ? { via: ['market-access' as const] } : {}),
    purposes,
    description: `${name}：电子证照库按证照类型调取，有效（未过期、未撤销）即可代替纸质材料`,
  };
};

export const DATA_ITEMS: DataItemSpec[] = [
  federated({
    code: 'civil.resident.identity', name: '户籍人口基本信息', englishName: 'Resident registry identity', provider: 'civil-affairs', subjectKind: 'PERSON',
    fields: ['person.name', 'person.gender', 'person.ethnicity', 'person.birthDate'], asOfPath: 'person.registryAsOf',
    purposes: PERSON_MATTERS, description: '姓名、性别、民族、出生日期，以户籍登记为准',
  }),
  federated({
    code: 'civil.resident.contact', name: '登记联系电话', englishName: 'Registered contact phone', provider: 'civil-affairs', subjectKind: 'PERSON',
    fields: ['person.phone'], asOfPath: 'person.registryAsOf',
    purposes: PERSON_MATTERS.filter((m) => m !== M.OLD_AGE_ALLOWANCE), description: '民政登记的联系电话（高龄津贴不使用：由申请人现场确认）',
  }),
  federated({
    code: 'civil.resident.marital', name: '婚姻状况', englishName: 'Marital status', provider: 'civil-affairs', subjectKind: 'PERSON',
    fields: ['person.maritalStatus'], asOfPath: 'person.registryAsOf',
    purposes: ASSISTANCE, description: '婚姻登记形成的婚姻状况，仅用于社会救助家庭认定',
  }),
  federated({
    code: 'civil.household.register', name: '户籍（户口簿）信息', englishName: 'Household register', provider: 'civil-affairs', subjectKind: 'PERSON',
    fields: ['person.household.id', 'person.household.address', 'person.household.division.name'], asOfPath: 'person.household.asOf',
    purposes: PERSON_MATTERS, description: '户号、户籍地址、所在乡镇（街道），代替户口簿复印件',
  }),
  federated({
    code: 'civil.household.members', name: '家庭成员信息', englishName: 'Household members', provider: 'civil-affairs', subjectKind: 'PERSON',
    fields: ['person.household.members[].person.name', 'person.household.members[].person.idNumber'], asOfPath: 'person.household.asOf',
    purposes: [...ASSISTANCE, M.INDIVIDUAL_BUSINESS_REGISTRATION], description: '户内成员姓名与身份证号，用于家庭经营和社会救助家庭认定',
  }),
  federated({
    code: 'civil.benefits', name: '社会救助与津贴享受情况', englishName: 'Social assistance received', provider: 'civil-affairs', subjectKind: 'PERSON',
    fields: ['person.benefits[status=ACTIVE].kind'], asOfPath: 'person.benefits[].asOf',
    purposes: [...ASSISTANCE, M.OLD_AGE_ALLOWANCE], description: '正在享受的低保、特困、临时救助、高龄津贴、残疾人补贴',
  }),
  federated({
    code: 'hrss.insurance.enrolments', name: '社会保险参保信息', englishName: 'Social insurance enrolments', provider: 'social-security', subjectKind: 'PERSON',
    fields: ['person.insuranceEnrolments[status=ACTIVE].scheme'], asOfPath: 'person.insuranceEnrolments[].asOf',
    purposes: [M.RESIDENT_PENSION_ENROLMENT, M.EMPLOYEE_INSURANCE_REGISTRATION, ...ASSISTANCE], description: '正常参保的险种，用于参保登记查重和救助家庭收入核对',
  }),
  federated({
    code: 'hrss.pension.resident', name: '城乡居民养老保险参保缴费信息', englishName: 'Resident pension enrolment and contributions', provider: 'social-security', subjectKind: 'PERSON',
    fields: [
      'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].startDate',
      'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].contributionMonths',
      'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].status',
    ],
    asOfPath: 'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].asOf',
    purposes: [M.RESIDENT_PENSION_CLAIM], description: '参保日期、累计缴费月数、参保状态，用于待遇申领资格核验',
  }),
  federated({
    code: 'hrss.employment', name: '就业登记信息', englishName: 'Employment registrations', provider: 'social-security', subjectKind: 'PERSON',
    fields: ['person.employments[current=true].employerName'], asOfPath: 'person.employments[].asOf',
    purposes: [M.EMPLOYMENT_CERTIFICATE, M.UNEMPLOYMENT_REGISTRATION, ...ASSISTANCE], description: '在职单位名称，用于就业失业登记和救助家庭收入核对',
  }),
  federated({
    code: 'hrss.unemployment', name: '失业登记信息', englishName: 'Unemployment registrations', provider: 'social-security', subjectKind: 'PERSON',
    fields: ['person.unemploymentRegistrations[status=REGISTERED].registeredOn'], asOfPath: 'person.unemploymentRegistrations[].asOf',
    purposes: [M.EMPLOYMENT_CERTIFICATE, M.UNEMPLOYMENT_REGISTRATION, ...ASSISTANCE], description: '有效失业登记的登记日期，代替失业登记证明',
  }),
  federated({
    code: 'hrss.certificate', name: '就业创业证信息', englishName: 'Employment certificate', provider: 'social-security', subjectKind: 'PERSON',
    fields: ['person.employmentCertificate.number'], asOfPath: 'person.employmentCertificate.asOf',
    purposes: [M.EMPLOYMENT_CERTIFICATE, M.UNEMPLOYMENT_REGISTRATION], description: '已核发就业创业证的证号，用于申领查重',
  }),
  federated({
    code: 'hrss.card', name: '社会保障卡信息', englishName: 'Social security card', provider: 'social-security', subjectKind: 'PERSON',
    fields: ['person.socialSecurityCard.cardNumber', 'person.socialSecurityCard.bank'], asOfPath: 'person.socialSecurityCard.asOf',
    purposes: [M.EMPLOYEE_INSURANCE_REGISTRATION, M.RESIDENT_PENSION_CLAIM], description: '社保卡卡号及发卡银行，用作待遇发放账户',
  }),
  federated({
    code: 'market.businesses', name: '名下市场主体', englishName: 'Businesses operated', provider: 'market-access', subjectKind: 'PERSON',
    fields: ['person.businessesOperated[status=ACTIVE].name'], asOfPath: 'person.businessesOperated[].asOf',
    purposes: ASSISTANCE, description: '本人为经营者或法定代表人的存续市场主体，用于救助家庭经济状况核对',
  }),
  federated({
    code: 'market.entity.registration', name: '市场主体登记信息', englishName: 'Market entity registration', provider: 'market-access', subjectKind: 'MARKET_ENTITY',
    fields: ['marketEntity.name', 'marketEntity.kind', 'marketEntity.registeredAddress', 'marketEntity.businessScope', 'marketEntity.establishedOn'],
    asOfPath: 'marketEntity.asOf', purposes: ENTITY_MATTERS, description: '名称、类型、住所（经营场所）、经营范围、成立日期，代替营业执照复印件信息',
  }),
  federated({
    code: 'market.entity.permits', name: '行政许可信息', englishName: 'Permits held', provider: 'market-access', subjectKind: 'MARKET_ENTITY',
    fields: ['marketEntity.permits[status=VALID].number'], asOfPath: 'marketEntity.permits[].asOf',
    purposes: [M.INDIVIDUAL_BUSINESS_DEREGISTRATION], description: '有效许可证编号，注销登记时一并告知许可注销',
  }),
  federated({
    code: 'civil.legalRep.identity', name: '经营者（法定代表人）户籍基本信息', englishName: 'Operator identity', provider: 'civil-affairs', subjectKind: 'MARKET_ENTITY',
    fields: ['marketEntity.legalRepresentative.name', 'marketEntity.legalRepresentative.gender'], asOfPath: 'marketEntity.legalRepresentative.registryAsOf',
    via: ['market-access'], purposes: ENTITY_MATTERS, description: '经营者姓名、性别（由市场监管登记的经营者身份证号关联户籍）',
  }),
  federated({
    code: 'civil.legalRep.contact', name: '经营者（法定代表人）联系电话', englishName: 'Operator contact phone', provider: 'civil-affairs', subjectKind: 'MARKET_ENTITY',
    fields: ['marketEntity.legalRepresentative.phone'], asOfPath: 'marketEntity.legalRepresentative.registryAsOf',
    via: ['market-access'], purposes: ENTITY_MATTERS, description: '经营者在民政登记的联系电话',
  }),
  federated({
    code: 'civil.legalRep.household', name: '经营者（法定代表人）户籍地址', englishName: 'Operator household address', provider: 'civil-affairs', subjectKind: 'MARKET_ENTITY',
    fields: ['marketEntity.legalRepresentative.household.address'], asOfPath: 'marketEntity.legalRepresentative.household.asOf',
    via: ['market-access'], purposes: ENTITY_MATTERS, description: '经营者户籍地址',
  }),
  licence('elic.idCard', '居民身份证电子证照', 'Resident ID card e-licence', LICENCE_TYPE.ID_CARD, 'person', PERSON_MATTERS),
  licence('elic.ssCard', '社会保障卡电子证照', 'Social security card e-licence', LICENCE_TYPE.SOCIAL_SECURITY_CARD, 'person', [M.RESIDENT_PENSION_CLAIM, M.OLD_AGE_ALLOWANCE]),
  licence('elic.marriage', '结婚证电子证照', 'Marriage certificate e-licence', LICENCE_TYPE.MARRIAGE, 'person', ASSISTANCE),
  licence('elic.businessLicence', '营业执照电子证照', 'Business licence e-licence', LICENCE_TYPE.BUSINESS_LICENCE, 'marketEntity', ENTITY_MATTERS),
  licence('elic.foodBusiness', '食品经营许可证电子证照', 'Food business licence e-licence', LICENCE_TYPE.FOOD_BUSINESS, 'marketEntity', [M.INDIVIDUAL_BUSINESS_DEREGISTRATION]),
  licence('elic.legalRep.idCard', '经营者（法定代表人）居民身份证电子证照', 'Operator ID card e-licence', LICENCE_TYPE.ID_CARD, 'marketEntity.legalRepresentative', ENTITY_MATTERS),
];
