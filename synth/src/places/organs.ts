import { makeCreditCode } from '@hub/kit';
import type { County } from './counties';

/**
 * The local organs (county-level bureaus) that register, permit and issue. Their names
 * follow Shandong's usage: districts prefix the city ("淄博市博山区民政局"), a county does
 * not ("沂源县民政局"); public security in a district is a branch of the city bureau
 * ("淄博市公安局博山分局"), and since 2018 permits are issued by the administrative
 * approval bureau (行政审批服务局).
 */
export type OrganKind = 'publicSecurity' | 'marketRegulation' | 'approval' | 'civilAffairs' | 'humanResources';

/** Two digits that make each organ's synthetic organisation code distinct. */
const ORGAN_NUMBER: Record<OrganKind, string> = {
  publicSecurity: '01',
  marketRegulation: '02',
  approval: '03',
  civilAffairs: '04',
  humanResources: '05',
};

export interface Organ {
  name: string;
  /** Unified social credit code of an organ of state (机关, registration authority 1, type 1). */
  creditCode: string;
}

export function organName(county: County, kind: OrganKind): string {
  switch (kind) {
    case 'publicSecurity':
      return county.name.endsWith('区')
        ? `${county.cityName}公安局${county.name.replace(/区$/, '')}分局`
        : `${county.name}公安局`;
    case 'marketRegulation':
      return `${county.organPrefix}市场监督管理局`;
    case 'approval':
      return `${county.organPrefix}行政审批服务局`;
    case 'civilAffairs':
      return `${county.organPrefix}民政局`;
    case 'humanResources':
      return `${county.organPrefix}人力资源和社会保障局`;
  }
}

const cache = new Map<string, Record<OrganKind, Organ>>();

function organsOf(county: County): Record<OrganKind, Organ> {
  const make = (kind: OrganKind): Organ => ({
    name: organName(county, kind),
    creditCode: makeCreditCode('11', county.code, `0${ORGAN_NUMBER[kind]}${county.code}`),
  });
  return {
    publicSecurity: make('publicSecurity'),
    marketRegulation: make('marketRegulation'),
    approval: make('approval'),
    civilAffairs: make('civilAffairs'),
    humanResources: make('humanResources'),
  };
}

/** The organ of a kind in a county, with a valid, synthetic credit code ("11" + county + "0" + nn + county). */
export function organ(county: County, kind: OrganKind): Organ {
  let organs = cache.get(county.code);
  if (!organs) cache.set(county.code, (organs = organsOf(county)));
  return organs[kind];
}

/** The marriage registry of the county's civil affairs bureau. */
export function marriageRegistry(county: County): string {
  return `${organName(county, 'civilAffairs')}婚姻登记处`;
}
