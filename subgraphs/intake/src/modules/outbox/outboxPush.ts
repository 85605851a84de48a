import type { Logger, PrismaLike, SubgraphCompanion } from '@hub/kit';
import { nudgeAfterOutboxCommits } from './commitNudge';
import { OutboxPublisher, type OutboxStore } from './outboxPublisher';
import type { PushConfig } from './pushConfig';

/**
 * Starts publishing intake's outbox to NATS JetStream for as long as intake runs; without
 * NATS_URL push is off, said once, and the outbox keeps every message until it is set.
 */
export function startOutboxPush(prisma: OutboxStore & PrismaLike, log: Logger, config: PushConfig | null): SubgraphCompanion {
  if (!config) {
    log.info('real-time push off (NATS_URL not set): department systems are not told of new tasks; the outbox keeps them until it is set');
    return { stop: async () => undefined };
  }
  const publisher = new OutboxPublisher(prisma, config, log.child({ component: 'outbox' }));
  nudgeAfterOutboxCommits(prisma, () => publisher.nudge());
  publisher.start();
  return publisher;
}
