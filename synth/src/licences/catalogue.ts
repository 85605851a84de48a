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

/**
 * What a surface item holds, which says how it is checked on issue and masked on display
 * (亮证): NAME, ID_NUMBER and ADDRESS are partly hidden; PERMIT_LIST is the list of permits an
 * industry comprehensive licence carries (一证制), each `{ 名称, 编号, 有效期至 }`.
 */
export type SurfaceValueType = 'TEXT' | 'NAME' | 'ID_NUMBER' | 'CREDIT_CODE' | 'ADDRESS' | 'DATE' | 'PERMIT_LIST';

export interface SurfaceField {
  key: string;
  label: string;
  valueType: SurfaceValueType;
}

export interface LicenceType {
  kind: LicenceKind;
  code: string;
  name: string;
  englishName: string;
  /** The kind of local organ that issues it. */
  issuingDepartment: string;
  /** The hub department whose approvers issue it through the case flow; null when none of them does (ID cards: public security). */
  hubDepartment: string | null;
  holderCodeType: HolderCodeType;
  surfaceFields: SurfaceField[];
}

const authority = (n: number): string => makeCreditCode('11', '100000', `0000${String(n).padStart(5, '0')}`);
const MINISTRY_OF_PUBLIC_SECURITY = authority(13);
const MARKET_REGULATION = authority(27);
const MINISTRY_OF_CIVIL_AFFAIRS = authority(31);
const HUMAN_RESOURCES = authority(42);
const STATE_COUNCIL_OFFICE = authority(1);

/** A surface item: its printed key, its screen label when different, and its value type (TEXT unless given). */
type Item = string | [key: string, label: string] | [key: string, label: string | null, valueType: SurfaceValueType];
const f = (...items: Item[]): SurfaceField[] =>
  items.map((item) => {
    if (typeof item === 'string') return { key: item, label: item, valueType: 'TEXT' };
    const [key, label, valueType] = item;
    return { key, label: label ?? key, valueType: valueType ?? 'TEXT' };
  });

export const LICENCE_TYPES: Record<LicenceKind, LicenceType> = {
  ID_CARD: {
    kind: 'ID_CARD', code: `${MINISTRY_OF_PUBLIC_SECURITY}001`, name: '居民身份证', englishName: 'Resident identity card',
    issuingDepartment: '公安机关', hubDepartment: null, holderCodeType: 'CITIZEN_ID',
    surfaceFields: f(['姓名', null, 'NAME'], '性别', '民族', ['出生', '出生日期', 'DATE'], ['住址', null, 'ADDRESS'], ['公民身份号码', null, 'ID_NUMBER'], '签发机关', '有效期限'),
  },
  BUSINESS_LICENCE: {
    kind: 'BUSINESS_LICENCE', code: `${MARKET_REGULATION}001`, name: '营业执照', englishName: 'Business licence',
    issuingDepartment: '市场监督管理部门', hubDepartment: 'market-access', holderCodeType: 'CREDIT_CODE',
    surfaceFields: f(['统一社会信用代码', null, 'CREDIT_CODE'], '名称', '类型', ['法定代表人', '法定代表人（经营者、负责人）', 'NAME'], '经营范围',
      ['注册资本', '注册资本（资金数额、出资总额）'], ['成立日期', null, 'DATE'], ['住所', '住所（经营场所）', 'ADDRESS'], '登记机关'),
  },
  FOOD_BUSINESS: {
    kind: 'FOOD_BUSINESS', code: `${MARKET_REGULATION}002`, name: '食品经营许可证', englishName: 'Food business licence',
    issuingDepartment: '行政审批服务部门', hubDepartment: 'market-access', holderCodeType: 'CREDIT_CODE',
    surfaceFields: f('经营者名称', ['社会信用代码', '统一社会信用代码', 'CREDIT_CODE'], ['法定代表人', '法定代表人（负责人）', 'NAME'], ['经营场所', null, 'ADDRESS'],
      '主体业态', '经营项目', '许可证编号', ['有效期至', null, 'DATE'], '发证机关'),
  },
  MARRIAGE: {
    kind: 'MARRIAGE', code: `${MINISTRY_OF_CIVIL_AFFAIRS}001`, name: '结婚证', englishName: 'Marriage certificate',
    issuingDepartment: '民政部门', hubDepartment: 'civil-affairs', holderCodeType: 'CITIZEN_ID',
    surfaceFields: f(['持证人', null, 'NAME'], ['登记日期', null, 'DATE'], '结婚证字号', ['男方姓名', '姓名（男方）', 'NAME'], ['男方身份证件号', '身份证件号（男方）', 'ID_NUMBER'],
      ['女方姓名', '姓名（女方）', 'NAME'], ['女方身份证件号', '身份证件号（女方）', 'ID_NUMBER'], '登记机关'),
  },
  SOCIAL_SECURITY_CARD: {
    kind: 'SOCIAL_SECURITY_CARD', code: `${HUMAN_RESOURCES}001`, name: '社会保障卡', englishName: 'Social security card',
    issuingDepartment: '人力资源和社会保障部门', hubDepartment: 'social-security', holderCodeType: 'CITIZEN_ID',
    surfaceFields: f(['姓名', null, 'NAME'], ['社会保障号码', null, 'ID_NUMBER'], '卡号', ['发卡日期', null, 'DATE'], '发卡银行'),
  },
  EMPLOYMENT_CERTIFICATE: {
    kind: 'EMPLOYMENT_CERTIFICATE', code: `${HUMAN_RESOURCES}002`, name: '就业创业证', englishName: 'Employment and entrepreneurship certificate',
    issuingDepartment: '人力资源和社会保障部门', hubDepartment: 'social-security', holderCodeType: 'CITIZEN_ID',
    surfaceFields: f(['姓名', null, 'NAME'], ['公民身份号码', null, 'ID_NUMBER'], '证书编号', '发证机构', ['发证日期', null, 'DATE']),
  },
  INDUSTRY_COMPREHENSIVE: {
    kind: 'INDUSTRY_COMPREHENSIVE', code: `${STATE_COUNCIL_OFFICE}001`, name: '行业综合许可证', englishName: 'Industry comprehensive licence',
    issuingDepartment: '行政审批服务部门', hubDepartment: 'market-access', holderCodeType: 'CREDIT_CODE',
    surfaceFields: f('市场主体名称', ['社会信用代码', '统一社会信用代码', 'CREDIT_CODE'], ['法定代表人', '法定代表人（负责人）', 'NAME'], ['经营场所', null, 'ADDRESS'],
      '行业类别', ['许可事项', '许可事项（一证制所含许可）', 'PERMIT_LIST'], '许可证编号', ['有效期至', null, 'DATE'], '发证机关'),
  },
};

export const LICENCE_CATALOGUE: LicenceType[] = Object.values(LICENCE_TYPES);
