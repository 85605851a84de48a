import type { Pool } from 'pg';

/**
 * "Nothing half-written", asked of intake's database in SQL after the soak: each rule lists
 * the cases (or rows) that break it; an intact database lists none. After intake's crash
 * test (subgraphs/intake/test/caseIntegrity.ts), with the task count taken from the ACCEPT
 * event's own record of what it planned, so any matter or bundle can be checked.
 */
const RULES: Array<[rule: string, sql: string]> = [
  ['a case without exactly one OPEN event', `
    SELECT c."id" || ' has ' || count(e."seq") AS what FROM "Case" c
    LEFT JOIN "CaseEvent" e ON e."caseId" = c."id" AND e."action" = 'OPEN'
    GROUP BY c."id" HAVING count(e."seq") <> 1`],
  ['an accepted case without its number, acceptance time or exactly one ACCEPT event', `
    SELECT c."id" || ' ' || c."status" || ' number=' || coalesce(c."number", '-') || ' accepts=' || count(e."seq") AS what FROM "Case" c
    LEFT JOIN "CaseEvent" e ON e."caseId" = c."id" AND e."action" = 'ACCEPT'
    GROUP BY c."id"
    HAVING (c."number" IS NOT NULL OR c."acceptedAt" IS NOT NULL OR count(e."seq") > 0 OR c."status" NOT IN ('DRAFT', 'NOT_ACCEPTED'))
       AND NOT (c."number" IS NOT NULL AND c."acceptedAt" IS NOT NULL AND count(e."seq") = 1)`],
  ['an accepted case without the tasks its acceptance planned', `
    SELECT c."id" || ' has ' || (SELECT count(*) FROM "CaseTask" t WHERE t."caseId" = c."id") || ' tasks, planned ' || (e."detail" ->> 'tasks') AS what
    FROM "Case" c JOIN "CaseEvent" e ON e."caseId" = c."id" AND e."action" = 'ACCEPT'
    WHERE (SELECT count(*) FROM "CaseTask" t WHERE t."caseId" = c."id") <> coalesce((e."detail" ->> 'tasks')::int, -1)`],
  ['tasks of a case that was never accepted', `
    SELECT DISTINCT t."caseId"::text AS what FROM "CaseTask" t JOIN "Case" c ON c."id" = t."caseId" WHERE c."number" IS NULL`],
  ['an accepted case whose form is not a prefill of that case', `
    SELECT c."id"::text AS what FROM "Case" c LEFT JOIN "Prefill" p ON p."id" = c."prefillId"
    WHERE c."number" IS NOT NULL AND (p."id" IS NULL OR p."caseId" IS DISTINCT FROM c."id"::text)`],
  ['a case whose status is not where its step log ends', `
    SELECT c."id" || ' ' || c."status" || ' log ends ' || coalesce(last."toStatus"::text, '-') AS what FROM "Case" c
    LEFT JOIN LATERAL (SELECT e."toStatus" FROM "CaseEvent" e WHERE e."caseId" = c."id" ORDER BY e."seq" DESC LIMIT 1) last ON true
    WHERE last."toStatus" IS DISTINCT FROM c."status"`],
  ['a case whose version does not count its transitions', `
    SELECT c."id" || ' version ' || c."version" || ', events ' || count(e."seq") AS what FROM "Case" c
    LEFT JOIN "CaseEvent" e ON e."caseId" = c."id" GROUP BY c."id" HAVING c."version" <> count(e."seq") - 1`],
  ['a submission key without its case', `
    SELECT s."key" || ' (' || s."operation" || ')' AS what FROM "CaseSubmission" s LEFT JOIN "Case" c ON c."id" = s."caseId" WHERE c."id" IS NULL`],
  ['an accepted case whose acceptance has no submission key', `
    SELECT c."id"::text AS what FROM "Case" c WHERE c."number" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "CaseSubmission" s WHERE s."caseId" = c."id" AND s."operation" = 'acceptCase')`],
  ['a pending task not announced exactly once', `
    SELECT t."id" || ' announced ' || count(o."id") AS what FROM "CaseTask" t
    LEFT JOIN "OutboxMessage" o ON o."payload" ->> 'taskId' = t."id"::text
    WHERE t."status" = 'PENDING' GROUP BY t."id" HAVING count(o."id") <> 1`],
  ['an announcement of a task that does not exist', `
    SELECT o."id"::text AS what FROM "OutboxMessage" o
    WHERE o."payload" ->> 'event' = 'TASK_PENDING' AND NOT EXISTS (SELECT 1 FROM "CaseTask" t WHERE t."id"::text = o."payload" ->> 'taskId')`],
];

export async function halfWritten(db: Pool): Promise<string[]> {
  const broken: string[] = [];
  for (const [rule, sql] of RULES) {
    for (const row of (await db.query<{ what: string }>(sql)).rows) broken.push(`${rule}: ${row.what}`);
  }
  return broken;
}
