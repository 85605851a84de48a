import type { BindingSpec, FieldSpec } from './model';

/**
 * The form fields every template draws from, each defined once (一表申请): the same key in
 * several matters of a bundle is asked once. A field is bound, per kind of subject, to a
 * shared data item and a path, or asked of the applicant when it has no binding.
 */
const bind = (item: string, path: string): BindingSpec => ({ item, path });
const asked = (key: string, label: string, englishLabel: string): FieldSpec => ({ key, label, englishLabel });

const GENDER = { MALE: '男', FEMALE: '女' };
const MARITAL = { UNMARRIED: '未婚', MARRIED: '已婚', DIVORCED: '离婚', WIDOWED: '丧偶' };
const BENEFIT = { SUBSISTENCE_ALLOWANCE: '最低生活保障', SPECIAL_HARDSHIP: '特困人员救助供养', TEMPORARY_ASSISTANCE: '临时救助', OLD_AGE_ALLOWANCE: '高龄津贴', DISABILITY_SUBSIDY: '残疾人两项补贴' };
const SCHEME = { ENTERPRISE_EMPLOYEE_PENSION: '企业职工基本养老保险', URBAN_RURAL_RESIDENT_PENSION: '城乡居民基本养老保险', UNEMPLOYMENT: '失业保险', WORK_INJURY: '工伤保险' };
const ENTITY_KIND = { ENTERPRISE: '企业', INDIVIDUAL_BUSINESS: '个体工商户', FARMER_COOPERATIVE: '农民专业合作社' };
const ENROLMENT = { ACTIVE: '正常参保', SUSPENDED: '暂停缴费', TERMINATED: '终止参保' };

export const FIELDS: FieldSpec[] = [
  { key: 'applicant.name', label: '申请人（经营者）姓名', englishLabel: "Applicant's (operator's) name",
    person: bind('civil.resident.identity', 'person.name'), entity: bind('civil.legalRep.identity', 'marketEntity.legalRepresentative.name') },
  { key: 'applicant.gender', label: '性别', englishLabel: 'Gender', options: GENDER,
    person: bind('civil.resident.identity', 'person.gender'), entity: bind('civil.legalRep.identity', 'marketEntity.legalRepresentative.gender') },
  { key: 'applicant.ethnicity', label: '民族', englishLabel: 'Ethnicity', person: bind('civil.resident.identity', 'person.ethnicity') },
  { key: 'applicant.birthDate', label: '出生日期', englishLabel: 'Birth date', person: bind('civil.resident.identity', 'person.birthDate') },
  { key: 'applicant.phone', label: '联系电话', englishLabel: 'Contact phone',
    person: bind('civil.resident.contact', 'person.phone'), entity: bind('civil.legalRep.contact', 'marketEntity.legalRepresentative.phone') },
  { key: 'applicant.address', label: '户籍地址（住所）', englishLabel: 'Registered address',
    person: bind('civil.household.register', 'person.household.address'), entity: bind('civil.legalRep.household', 'marketEntity.legalRepresentative.household.address') },
  { key: 'applicant.maritalStatus', label: '婚姻状况', englishLabel: 'Marital status', options: MARITAL, person: bind('civil.resident.marital', 'person.maritalStatus') },
  { key: 'household.number', label: '户号', englishLabel: 'Household number', person: bind('civil.household.register', 'person.household.id') },
  { key: 'household.town', label: '户籍所在乡镇（街道）', englishLabel: 'Town of the household', person: bind('civil.household.register', 'person.household.division.name') },
  { key: 'household.memberNames', label: '共同生活家庭成员', englishLabel: 'Household members', person: bind('civil.household.members', 'person.household.members[].person.name') },
  { key: 'household.memberIdNumbers', label: '家庭成员身份证号', englishLabel: "Household members' ID numbers", person: bind('civil.household.members', 'person.household.members[].person.idNumber') },
  { key: 'applicant.benefits', label: '正在享受的救助或津贴', englishLabel: 'Assistance received', options: BENEFIT, person: bind('civil.benefits', 'person.benefits[status=ACTIVE].kind') },
  { key: 'applicant.insuredSchemes', label: '正常参保险种', englishLabel: 'Insurance schemes contributing', options: SCHEME,
    person: bind('hrss.insurance.enrolments', 'person.insuranceEnrolments[status=ACTIVE].scheme') },
  { key: 'applicant.employer', label: '现工作单位', englishLabel: 'Current employer', person: bind('hrss.employment', 'person.employments[current=true].employerName') },
  { key: 'applicant.unemployedSince', label: '失业登记日期', englishLabel: 'Registered unemployed since',
    person: bind('hrss.unemployment', 'person.unemploymentRegistrations[status=REGISTERED].registeredOn') },
  { key: 'applicant.employmentCertificateNumber', label: '已有就业创业证编号', englishLabel: 'Existing employment certificate number',
    person: bind('hrss.certificate', 'person.employmentCertificate.number') },
  { key: 'applicant.ssCardNumber', label: '社会保障卡卡号', englishLabel: 'Social security card number', person: bind('hrss.card', 'person.socialSecurityCard.cardNumber') },
  { key: 'applicant.ssCardBank', label: '待遇发放银行（社保卡发卡银行）', englishLabel: 'Paying bank (social security card bank)', person: bind('hrss.card', 'person.socialSecurityCard.bank') },
  { key: 'applicant.businesses', label: '名下存续市场主体', englishLabel: 'Businesses operated', person: bind('market.businesses', 'person.businessesOperated[status=ACTIVE].name') },
  { key: 'pension.enrolledOn', label: '城乡居民养老保险参保日期', englishLabel: 'Resident pension enrolled on',
    person: bind('hrss.pension.resident', 'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].startDate') },
  { key: 'pension.contributionMonths', label: '累计缴费月数', englishLabel: 'Contribution months',
    person: bind('hrss.pension.resident', 'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].contributionMonths') },
  { key: 'pension.status', label: '参保状态', englishLabel: 'Enrolment status', options: ENROLMENT,
    person: bind('hrss.pension.resident', 'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].status') },
  { key: 'business.name', label: '市场主体名称（字号）', englishLabel: 'Business name', entity: bind('market.entity.registration', 'marketEntity.name') },
  { key: 'business.kind', label: '市场主体类型', englishLabel: 'Kind of market entity', options: ENTITY_KIND, entity: bind('market.entity.registration', 'marketEntity.kind') },
  { key: 'business.address', label: '经营场所', englishLabel: 'Place of business', entity: bind('market.entity.registration', 'marketEntity.registeredAddress') },
  { key: 'business.scope', label: '经营范围', englishLabel: 'Business scope', entity: bind('market.entity.registration', 'marketEntity.businessScope') },
  { key: 'business.establishedOn', label: '成立日期', englishLabel: 'Established on', entity: bind('market.entity.registration', 'marketEntity.establishedOn') },
  { key: 'business.permits', label: '有效许可证编号', englishLabel: 'Permits in force', entity: bind('market.entity.permits', 'marketEntity.permits[status=VALID].number') },
  asked('business.capital', '资金数额（元）', 'Funds contributed (yuan)'),
  asked('business.organisationForm', '组成形式（个人经营/家庭经营）', 'Organisation (individual or family)'),
  asked('business.employeeCount', '从业人数', 'Number of workers'),
  asked('business.changeItems', '变更事项及变更后内容', 'Items changed and their new values'),
  asked('business.deregistrationReason', '注销原因', 'Reason for deregistration'),
  asked('food.businessFormat', '主体业态', 'Type of food business'),
  asked('food.items', '经营项目', 'Food business items'),
  asked('food.safetyManager', '食品安全管理人员', 'Food safety manager'),
  asked('food.commitment', '告知承诺（以书面承诺代替现场核查）', 'Written commitment instead of inspection'),
  asked('employer.schemes', '申请参保险种', 'Schemes to enrol employees in'),
  asked('employer.insuredEmployees', '参保职工名单', 'Employees to insure'),
  asked('employer.bankAccount', '缴费开户银行及账号', 'Bank account for contributions'),
  asked('pension.contributionGrade', '缴费档次', 'Contribution grade'),
  asked('pension.startMonth', '申请待遇起始年月', 'First month of pension'),
  asked('job.intention', '求职意向', 'Job wanted'),
  asked('unemployment.reason', '失业原因', 'Reason for unemployment'),
  asked('assistance.reason', '申请理由', 'Reason for the application'),
  asked('assistance.householdIncome', '家庭月收入（元）', 'Monthly household income (yuan)'),
  asked('assistance.amountRequested', '申请救助金额（元）', 'Amount requested (yuan)'),
  asked('support.mode', '供养方式（分散/集中）', 'Form of support (at home or in an institution)'),
  asked('senior.emergencyContact', '紧急联系人及电话', 'Emergency contact'),
  asked('correction.licenceId', '需纠错的电子证照', 'E-licence to correct'),
  asked('correction.details', '纠错内容及依据', 'What is wrong and why'),
  asked('proxy.agentName', '代办人姓名', "Agent's name"),
  asked('proxy.agentIdNumber', '代办人身份证号', "Agent's ID number"),
  asked('proxy.scope', '授权用证范围（事项）', 'Matters the licences may be used for'),
  asked('proxy.validUntil', '授权有效期至', 'Mandate valid until'),
];
