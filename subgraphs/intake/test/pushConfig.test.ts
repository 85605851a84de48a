import { publishedSubject, readPushConfig, streamNameFor } from '../src/modules/outbox/pushConfig';
import { messageIdOf } from '../src/modules/outbox/outboxPublisher';

describe('real-time push configuration', () => {
  it('is off without NATS_URL, so the start command needs nothing installed', () => {
    expect(readPushConfig({})).toBeNull();
    expect(readPushConfig({ NATS_URL: ' ' })).toBeNull();
  });

  it('publishes under hub.> into HUB_TASKS by default, polling every 200 ms', () => {
    expect(readPushConfig({ NATS_URL: 'nats://127.0.0.1:4222' })).toEqual({ servers: ['nats://127.0.0.1:4222'], prefix: 'hub', stream: 'HUB_TASKS', pollMs: 200 });
    expect(publishedSubject('hub', 'hub.tasks.market-access')).toBe('hub.tasks.market-access');
  });

  it('takes a prefix of its own (a test run, a staging hub on the same server) and names its stream after it', () => {
    const config = readPushConfig({ NATS_URL: 'nats://a:4222, nats://b:4222', HUB_NATS_PREFIX: 'staging.hub', HUB_OUTBOX_POLL_MS: '50' })!;
    expect(config).toEqual({ servers: ['nats://a:4222', 'nats://b:4222'], prefix: 'staging.hub', stream: 'STAGING_HUB_TASKS', pollMs: 50 });
    expect(publishedSubject(config.prefix, 'hub.tasks.civil-affairs')).toBe('staging.hub.tasks.civil-affairs');
    expect(streamNameFor('hubtest-1a2b')).toBe('HUBTEST_1A2B_TASKS');
  });

  it('publishes a centre’s name as it is, but never with whitespace, which NATS cannot carry', () => {
    expect(publishedSubject('hub', 'hub.ratings.博山区城东街道便民服务中心')).toBe('hub.ratings.博山区城东街道便民服务中心');
    expect(publishedSubject('hub', 'hub.ratings.博山区 城东街道\t中心')).toBe('hub.ratings.博山区_城东街道_中心');
  });

  it('refuses settings it cannot use, at start', () => {
    expect(() => readPushConfig({ NATS_URL: 'http://127.0.0.1:4222' })).toThrow(/NATS_URL/);
    expect(() => readPushConfig({ NATS_URL: 'nats://127.0.0.1:4222', HUB_NATS_PREFIX: 'hub.>' })).toThrow(/HUB_NATS_PREFIX/);
    expect(() => readPushConfig({ NATS_URL: 'nats://127.0.0.1:4222', HUB_NATS_STREAM: 'a.b' })).toThrow(/HUB_NATS_STREAM/);
    expect(() => readPushConfig({ NATS_URL: 'nats://127.0.0.1:4222', HUB_OUTBOX_POLL_MS: '0' })).toThrow(/HUB_OUTBOX_POLL_MS/);
  });

  it('deduplicates on the outbox row, not on an id a recreated database would repeat', () => {
    const at = new Date('2026-11-24T08:00:00.123Z');
    expect(messageIdOf({ id: 42n, createdAt: at })).toBe(`42-${at.getTime()}`);
    expect(messageIdOf({ id: 42n, createdAt: new Date(at.getTime() + 1) })).not.toBe(messageIdOf({ id: 42n, createdAt: at }));
  });
});
