import { openDatabase } from '@hub/kit';
import type { DepartmentName } from '../stack/hubStack';

/**
 * Whom the benchmark asks about, taken from the departments' own databases: residents
 * (spread over the whole population by a hash, not the first rows), households receiving
 * the subsistence allowance (低保) with several members, and restaurant operators
 * (individual businesses holding a food business permit) for the 开办餐馆 prefill.
 */
export interface Household {
  id: string;
  headIdNumber: string;
  members: string[];
}

export interface Subjects {
  residents: string[];
  households: Household[];
  restaurantOperators: string[];
}

export async function pickSubjects(databaseUrls: Record<DepartmentName, string>, count: number): Promise<Subjects> {
  const civil = await openDatabase(databaseUrls['civil-affairs']);
  const market = await openDatabase(databaseUrls['market-access']);
  try {
    const residents = await civil.query<{ id: string }>(
      `SELECT "idNumber" AS id FROM "Resident" WHERE "deceasedOn" IS NULL ORDER BY md5("idNumber") LIMIT $1`, [count]);
    const households = await civil.query<{ id: string; head: string; members: string[] }>(
      `SELECT h.id, h."headIdNumber" AS head, array_agg(r."idNumber" ORDER BY r."idNumber") AS members
         FROM "Household" h JOIN "Resident" r ON r."householdId" = h.id
        WHERE h.id IN (SELECT "householdId" FROM "Benefit" WHERE kind = 'SUBSISTENCE_ALLOWANCE' AND status = 'ACTIVE' AND "householdId" IS NOT NULL)
        GROUP BY h.id HAVING count(*) >= 3 ORDER BY md5(h.id) LIMIT $1`, [count]);
    const operators = await market.query<{ id: string }>(
      `SELECT DISTINCT e."legalRepresentativeIdNumber" AS id FROM "MarketEntity" e JOIN "Permit" p ON p."creditCode" = e."creditCode"
        WHERE e.kind = 'INDIVIDUAL_BUSINESS' AND p.kind = 'FOOD_BUSINESS' ORDER BY 1 LIMIT $1`, [count]);
    if (residents.length === 0 || households.length === 0 || operators.length === 0) {
      throw new Error(`the data set lacks subjects (residents ${residents.length}, subsistence households ${households.length}, restaurant operators ${operators.length})`);
    }
    return {
      residents: residents.map((r) => r.id),
      households: households.map((h) => ({ id: h.id, headIdNumber: h.head, members: h.members })),
      restaurantOperators: operators.map((o) => o.id),
    };
  } finally {
    await civil.close();
    await market.close();
  }
}
