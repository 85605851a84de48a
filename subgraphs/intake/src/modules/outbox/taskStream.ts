import { DiscardPolicy, nanos, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig, type StreamInfo } from 'nats';
import type { PushConfig } from './pushConfig';

/**
 * The JetStream stream department systems read from (default HUB_TASKS, subjects `hub.>`):
 * - file storage, kept 30 days, so a department system that was off over a holiday
 *   (春节 is 8–9 days) still gets every task when it comes back, from its durable consumer;
 * - a duplicate window of one day: a message republished after intake crashed between
 *   publishing and marking it is dropped by the server as long as intake is back within a day.
 */
export const RETENTION_DAYS = 30;
export const DUPLICATE_WINDOW_HOURS = 24;

export function taskStreamConfig(config: Pick<PushConfig, 'prefix' | 'stream'>): Partial<StreamConfig> {
  return {
    name: config.stream,
    description: '一窗受理 hub: new back-office tasks and bad ratings, from intake’s transactional outbox',
    subjects: [`${config.prefix}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: nanos(RETENTION_DAYS * 86_400_000),
    duplicate_window: nanos(DUPLICATE_WINDOW_HOURS * 3_600_000),
    num_replicas: 1,
  };
}

/** Creates the stream, or brings its subjects and windows to ours; returns what it did. */
export async function ensureTaskStream(jsm: JetStreamManager, config: Pick<PushConfig, 'prefix' | 'stream'>): Promise<'created' | 'updated' | 'unchanged'> {
  const wanted = taskStreamConfig(config);
  const found = await streamInfo(jsm, config.stream);
  if (!found) {
    await jsm.streams.add(wanted);
    return 'created';
  }
  const have = found.config;
  const same = have.subjects.join() === wanted.subjects!.join() && have.max_age === wanted.max_age && have.duplicate_window === wanted.duplicate_window;
  if (same) return 'unchanged';
  await jsm.streams.update(config.stream, { subjects: wanted.subjects!, max_age: wanted.max_age!, duplicate_window: wanted.duplicate_window! });
  return 'updated';
}

async function streamInfo(jsm: JetStreamManager, name: string): Promise<StreamInfo | null> {
  try {
    return await jsm.streams.info(name);
  } catch (err) {
    // JetStream's own code for "stream not found".
    if ((err as { api_error?: { err_code?: number } }).api_error?.err_code === 10059) return null;
    throw err;
  }
}
