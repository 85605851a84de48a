import type { Rng } from '../random';
import { type County, townOf } from './counties';
import type { Village } from './villages';

/** Street names common in Shandong county towns; shops and firms front onto them. */
const ROADS = [
  '人民路', '中心路', '建设路', '新华路', '和平路', '府前街', '青年路', '商业街', '工业路',
  '振兴路', '文化路', '光明路', '胜利路', '东风路', '解放路', '政通路', '鲁山路', '兴业路',
] as const;

function prefix(county: County, village: Village): string {
  return `${county.provinceName}${county.cityName}${county.name}${townOf(village)}${village.name}`;
}

/**
 * A household register address (户籍地址): a flat in a community ("…青龙山社区7号楼2单元301室")
 * or a house number in a village ("…池上镇上小峰村128号").
 */
export function homeAddress(rng: Rng, county: County, village: Village): string {
  if (village.urban) {
    return `${prefix(county, village)}${rng.int(1, 36)}号楼${rng.int(1, 4)}单元${rng.int(1, 6)}0${rng.int(1, 4)}室`;
  }
  return `${prefix(county, village)}${rng.int(1, 260)}号`;
}

/** A shop front (经营场所): on a named road in town, or on the village's main street. */
export function shopAddress(rng: Rng, county: County, village: Village): string {
  const street = village.urban ? rng.pick(ROADS) : '';
  return `${prefix(county, village)}${street}${rng.int(1, 320)}号`;
}

/** A firm's registered seat (住所), optionally in the town's industrial park. */
export function firmAddress(rng: Rng, county: County, village: Village): string {
  const park = rng.chance(0.35) ? '工业园区' : '';
  return `${county.provinceName}${county.cityName}${county.name}${townOf(village)}${park}${rng.pick(ROADS)}${rng.int(1, 999)}号`;
}
