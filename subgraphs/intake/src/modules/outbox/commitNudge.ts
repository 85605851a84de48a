import type { PrismaLike } from '@hub/kit';

/** A transaction that wrote to the outbox commits within this long (Prisma's own limit is 5 s). */
const TRANSACTION_WINDOW_MS = 10_000;

/**
 * Calls `nudge` when a transaction commits shortly after a row was written to the outbox, so
 * a new task reaches its department within milliseconds of the commit rather than at the next
 * poll. Reads Prisma's query events: the case flow need not know about publishing, and a
 * missed or spurious nudge costs only a poll interval or one indexed query.
 */
export function nudgeAfterOutboxCommits(prisma: PrismaLike, nudge: () => void): void {
  let lastOutboxWrite = 0;
  prisma.$on('query', ({ query }) => {
    if (query.startsWith('INSERT INTO "public"."OutboxMessage"')) lastOutboxWrite = Date.now();
    else if (query === 'COMMIT' && Date.now() - lastOutboxWrite < TRANSACTION_WINDOW_MS) nudge();
  });
}
