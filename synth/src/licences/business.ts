import { chineseDate } from '../calendar';
import type { MarketEntity, Permit } from '../market/model';
import { LICENCE_TYPES } from './catalogue';
import { type CarriedPermit, type Licence, type LicenceStatus, issue } from './model';

/**
 * Business e-licences: the business licence (营业执照) of every market entity, the food
 * business licence (食品经营许可证) of every food business permit and the industry
 * comprehensive licence (行业综合许可证) of every 一业一证 permit, carrying its permits (一证制).
 */
const ENTITY_TYPE: Record<MarketEntity['kind'], string> = {
  ENTERPRISE: '有限责任公司（自然人投资或控股）',
  INDIVIDUAL_BUSINESS: '个体工商户',
  FARMER_COOPERATIVE: '农民专业合作社',
};

/** Entity status → licence status: a cancelled entity's licence is 注销, a revoked one's 吊销. */
const ENTITY_STATUS: Record<MarketEntity['status'], LicenceStatus> = { ACTIVE: 'VALID', CANCELLED: 'CANCELLED', REVOKED: 'WITHDRAWN' };
const PERMIT_STATUS: Record<Permit['status'], LicenceStatus> = { VALID: 'VALID', EXPIRED: 'EXPIRED', REVOKED: 'WITHDRAWN' };

/** 主体业态 from the 业态 digit of a JY number. */
const FOOD_FORM: Record<string, string> = { '1': '食品销售经营者', '2': '餐饮服务经营者', '3': '单位食堂' };

function wan(fen: number): string {
  return `${Number((fen / 1_000_000).toFixed(2))}万元`;
}

export function businessLicence(entity: MarketEntity): Licence {
  return issue({
    type: LICENCE_TYPES.BUSINESS_LICENCE, serial: entity.creditCode, number: entity.creditCode,
    holderName: entity.name, holderCode: entity.creditCode, issuer: entity.registrationAuthority,
    issuedOn: entity.establishedOn, validUntil: null, jurisdiction: entity.county.code, status: ENTITY_STATUS[entity.status],
    surfaceData: {
      统一社会信用代码: entity.creditCode,
      名称: entity.name,
      类型: ENTITY_TYPE[entity.kind],
      法定代表人: entity.representative.name,
      经营范围: entity.businessScope,
      注册资本: wan(entity.capitalFen),
      成立日期: chineseDate(entity.establishedOn),
      住所: entity.registeredAddress,
      登记机关: entity.registrationAuthority.name,
    },
  });
}

export function permitLicence(entity: MarketEntity, permit: Permit): Licence | null {
  if (permit.kind === 'FOOD_PRODUCTION') return null; // not in this library's catalogue
  const food = permit.kind === 'FOOD_BUSINESS';
  const common = {
    serial: permit.number, number: permit.number, holderName: entity.name, holderCode: entity.creditCode, issuer: permit.issuer,
    issuedOn: permit.issuedOn, validUntil: permit.validUntil, jurisdiction: entity.county.code, status: PERMIT_STATUS[permit.status],
  };
  const shared = { 法定代表人: entity.representative.name, 经营场所: entity.registeredAddress, 许可证编号: permit.number, 有效期至: chineseDate(permit.validUntil), 发证机关: permit.issuer.name };
  if (food) {
    const surfaceData = { 经营者名称: entity.name, 社会信用代码: entity.creditCode, 主体业态: FOOD_FORM[permit.number[2]!] ?? '', 经营项目: permit.scope, ...shared };
    return issue({ type: LICENCE_TYPES.FOOD_BUSINESS, ...common, surfaceData });
  }
  const surfaceData = { 市场主体名称: entity.name, 社会信用代码: entity.creditCode, 行业类别: INDUSTRY, 许可事项: carriedPermits(entity, permit), ...shared };
  return issue({ type: LICENCE_TYPES.INDUSTRY_COMPREHENSIVE, ...common, surfaceData });
}

/** The industry of every 一业一证 licence in the synthetic world: restaurants. */
const INDUSTRY = '餐饮服务（开办餐馆）';

/**
 * 一证制: the permits the industry comprehensive licence carries — the entity's food business
 * licence (with its own number) and the public-place hygiene permit, which this licence
 * replaces and so has no number of its own.
 */
function carriedPermits(entity: MarketEntity, permit: Permit): CarriedPermit[] {
  const until = chineseDate(permit.validUntil);
  const food = entity.permits.find((p) => p.kind === 'FOOD_BUSINESS');
  return [
    { 名称: '食品经营许可', 编号: food?.number ?? '', 有效期至: food ? chineseDate(food.validUntil) : until },
    { 名称: '公共场所卫生许可', 编号: '', 有效期至: until },
  ];
}
