import { Pool } from 'pg';

/**
 * What "none half-written" means, asked of intake's database directly in SQL: each query
 * lists the cases (or rows) that break one rule; an intact database lists none.
 */
export async function halfWritten(databaseUrl: string, expectedTasks: Record<string, number>): Promise<string[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const broken: string[] = [];
  const check = async (rule: string, sql: string, params: unknown[] = []) => {
    const rows = (await pool.query<{ what: string }>(sql, params)).rows;
    for (const row of rows) broken.push(`${rule}: ${row.what}`);
  };
  try {
    await check('a case without exactly one OPEN event', `
      SELECT c."id" || ' has ' || count(e."seq") AS what FROM "Case" c
      LEFT JOIN "CaseEvent" e ON e."caseId" = c."id" AND e."action" = 'OPEN'
      GROUP BY c."id" HAVING count(e."seq") <> 1`);
    await check('an accepted case without its number, acceptance time or exactly one ACCEPT event', `
      SELECT c."id" || ' ' || c."status" || ' number=' || coalesce(c."number", '-') || ' accepts=' || count(e."seq") AS what FROM "Case" c
      LEFT JOIN "CaseEvent" e ON e."caseId" = c."id" AND e."action" = 'ACCEPT'
      GROUP BY c."id"
      HAVING (c."number" IS NOT NULL OR c."acceptedAt" IS NOT NULL OR count(e."seq") > 0 OR c."status" NOT IN ('DRAFT', 'NOT_ACCEPTED'))
         AND NOT (c."number" IS NOT NULL AND c."acceptedAt" IS NOT NULL AND count(e."seq") = 1)`);
    await check('an accepted case without all of its tasks', `
      SELECT c."id" || ' ' || c."matterCode" || ' has ' || count(t."id") || ' tasks, expected ' || ($1::jsonb ->> c."matterCode") AS what FROM "Case" c
      LEFT JOIN "CaseTask" t ON t."caseId" = c."id"
      WHERE c."number" IS NOT NULL
      GROUP BY c."id" HAVING count(t."id") <> coalesce(($1::jsonb ->> c."matterCode")::int, -1)`, [JSON.stringify(expectedTasks)]);
    await check('tasks of a case that was never accepted', `
      SELECT DISTINCT t."caseId"::text AS what FROM "CaseTask" t JOIN "Case" c ON c."id" = t."caseId" WHERE c."number" IS NULL`);
    await check('a submission without its case', `
      SELECT s."key" || ' (' || s."operation" || ')' AS what FROM "CaseSubmission" s LEFT JOIN "Case" c ON c."id" = s."caseId" WHERE c."id" IS NULL`);
    await check('an accepted case whose acceptance has no submission key', `
      SELECT c."id"::text AS what FROM "Case" c WHERE c."number" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "CaseSubmission" s WHERE s."caseId" = c."id" AND s."operation" = 'acceptCase')`);
    await check('a pending task not announced exactly once', `
      SELECT t."id" || ' announced ' || count(o."id") AS what FROM "CaseTask" t
      LEFT JOIN "OutboxMessage" o ON o."payload" ->> 'taskId' = t."id"::text
      WHERE t."status" = 'PENDING' GROUP BY t."id" HAVING count(o."id") <> 1`);
    await check('an announcement of a task that does not exist', `
      SELECT o."id"::text AS what FROM "OutboxMessage" o
      WHERE o."payload" ->> 'event' = 'TASK_PENDING' AND NOT EXISTS (SELECT 1 FROM "CaseTask" t WHERE t."id"::text = o."payload" ->> 'taskId')`);
  } finally {
    await pool.end();
  }
  return broken;
}
