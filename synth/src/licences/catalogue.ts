import { makeCreditCode } from '@hub/kit';

/**
 * The licence catalogue (证照目录): each type is defined by a national authority, whose
 * credit code (registration authority 1 = organs of state, type 1, division 100000) plus a
 * 3-digit sequence is the 21-character type code of GB/T 36904. The authorities' 9-character
 * organisation codes here are synthetic but the codes are valid.
 *
 * Surface fields (照面信息) are listed with `key` = the item as printed on the licence, which
 * is also the key in every licence's surfaceData, and `label` = how a screen names it.
 */
export type LicenceKind =
  | 'ID_CARD'
  | 'BUSINESS_LICENCE'
  | 'FOOD_BUSINESS'
  | 'MARRIAGE'
  | 'SOCIAL_SECURITY_CARD'
  | 'EMPLOYMENT_CERTIFICATE'
  | 'INDUSTRY_COMPREHENSIVE';

export type HolderCodeType = 'CITIZEN_ID' | 'CREDIT_CODE';

export interface SurfaceField {
  key: string;
  label: string;
}

export interface LicenceType {
  kind: LicenceKind;
  code: string;
  name: string;
  englishName: string;
  /** The kind of local organ that issues it. */
  issuingDepartment: string;
  holderCodeType: HolderCodeType;
  surfaceFields: SurfaceField[];
}

const authority = (n: number): string => makeCreditCode('11', '100000', `0000${String(n).padStart(5, '0')}`);
const MINISTRY_OF_PUBLIC_SECURITY = authority(13);
const MARKET_REGULATION = authority(27);
const MINISTRY_OF_CIVIL_AFFAIRS = authority(31);
const HUMAN_RESOURCES = authority(42);
const STATE_COUNCIL_OFFICE = authority(1);

const f = (...items: Array<string | [string, string]>): SurfaceField[] =>
  items.map((item) => (typeof item === 'string' ? { key: item, label: item } : { key: item[0], label: item[1] }));

export const LICENCE_TYPES: Record<LicenceKind, LicenceType> = {
  ID_CARD: {
    kind: 'ID_CARD', code: `${MINISTRY_OF_PUBLIC_SECURITY}001`, name: '居民身份证', englishName: 'Resident identity card',
    issuingDepartment: '公安机关', holderCodeType: 'CITIZEN_ID',
    surfaceFields: f('姓名', '性别', '民族', ['出生', '出生日期'], '住址', '公民身份号码', '签发机关', '有效期限'),
  },
  BUSINESS_LICENCE: {
    kind: 'BUSINESS_LICENCE', code: `${MARKET_REGULATION}001`, name: '营业执照', englishName: 'Business licence',
    issuingDepartment: '市场监督管理部门', holderCodeType: 'CREDIT_CODE',
    surfaceFields: f('统一社会信用代码', '名称', '类型', ['法定代表人', '法定代表人（经营者、负责人）'], '经营范围', ['注册资本', '注册资本（资金数额、出资总额）'], '成立日期', ['住所', '住所（经营场所）'], '登记机关'),
  },
  FOOD_BUSINESS: {
    kind: 'FOOD_BUSINESS', code: `${MARKET_REGULATION}002`, name: '食品经营许可证', englishName: 'Food business licence',
    issuingDepartment: '行政审批服务部门', holderCodeType: 'CREDIT_CODE',
    surfaceFields: f('经营者名称', ['社会信用代码', '统一社会信用代码'], ['法定代表人', '法定代表人（负责人）'], '经营场所', '主体业态', '经营项目', '许可证编号', '有效期至', '发证机关'),
  },
  MARRIAGE: {
    kind: 'MARRIAGE', code: `${MINISTRY_OF_CIVIL_AFFAIRS}001`, name: '结婚证', englishName: 'Marriage certificate',
    issuingDepartment: '民政部门', holderCodeType: 'CITIZEN_ID',
    surfaceFields: f('持证人', '登记日期', '结婚证字号', ['男方姓名', '姓名（男方）'], ['男方身份证件号', '身份证件号（男方）'], ['女方姓名', '姓名（女方）'], ['女方身份证件号', '身份证件号（女方）'], '登记机关'),
  },
  SOCIAL_SECURITY_CARD: {
    kind: 'SOCIAL_SECURITY_CARD', code: `${HUMAN_RESOURCES}001`, name: '社会保障卡', englishName: 'Social security card',
    issuingDepartment: '人力资源和社会保障部门', holderCodeType: 'CITIZEN_ID',
    surfaceFields: f('姓名', '社会保障号码', '卡号', '发卡日期', '发卡银行'),
  },
  EMPLOYMENT_CERTIFICATE: {
    kind: 'EMPLOYMENT_CERTIFICATE', code: `${HUMAN_RESOURCES}002`, name: '就业创业证', englishName: 'Employment and entrepreneurship certificate',
    issuingDepartment: '人力资源和社会保障部门', holderCodeType: 'CITIZEN_ID',
    surfaceFields: f('姓名', '公民身份号码', '证书编号', '发证机构', '发证日期'),
  },
  INDUSTRY_COMPREHENSIVE: {
    kind: 'INDUSTRY_COMPREHENSIVE', code: `${STATE_COUNCIL_OFFICE}001`, name: '行业综合许可证', englishName: 'Industry comprehensive licence',
    issuingDepartment: '行政审批服务部门', holderCodeType: 'CREDIT_CODE',
    surfaceFields: f('市场主体名称', ['社会信用代码', '统一社会信用代码'], ['法定代表人', '法定代表人（负责人）'], '经营场所', '许可事项', '许可证编号', '有效期至', '发证机关'),
  },
};

export const LICENCE_CATALOGUE: LicenceType[] = Object.values(LICENCE_TYPES);
