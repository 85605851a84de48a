import { GraphQLError } from 'graphql';
import { DEFAULT_BREAKER_SETTINGS, readBreakerSettings } from '../src/resilience/breakerSettings';
import { DepartmentBreaker } from '../src/resilience/departmentBreaker';
import { isDepartmentUnwell } from '../src/resilience/departmentFailure';

/** What a department's circuit counts, how it opens, fails fast and closes again (no network: resilience.int.test.ts has that). */
const answered = (status: number, body: unknown) => new GraphQLError(`${status}: …`, { extensions: { response: { status, body } } });
const quiet = { warn: () => undefined, info: () => undefined } as unknown as ConstructorParameters<typeof DepartmentBreaker>[2];

describe('what says a department is unwell', () => {
  it('no connection, no answer in time, a 5xx that is not GraphQL', () => {
    expect(isDepartmentUnwell(new TypeError('fetch failed'))).toBe(true);
    expect(isDepartmentUnwell(new TypeError('terminated'))).toBe(true);
    expect(isDepartmentUnwell(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe(true);
    expect(isDepartmentUnwell(answered(500, 'Internal Server Error'))).toBe(true);
    expect(isDepartmentUnwell(answered(502, '<html>Bad Gateway</html>'))).toBe(true);
    expect(isDepartmentUnwell(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4102'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDepartmentUnwell(Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' }))).toBe(true);
    expect(isDepartmentUnwell(new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }))).toBe(true);
  });

  it('not an answer in GraphQL, whatever its status, nor anything about the request', () => {
    expect(isDepartmentUnwell(answered(500, { errors: [{ message: 'internal error' }] }))).toBe(false);
    expect(isDepartmentUnwell(answered(503, { data: null, errors: [] }))).toBe(false);
    expect(isDepartmentUnwell(answered(401, { errors: [{ message: 'context not trusted' }] }))).toBe(false);
    expect(isDepartmentUnwell(answered(404, 'no route'))).toBe(false);
    expect(isDepartmentUnwell(new GraphQLError('no purpose', { extensions: { code: 'FORBIDDEN' } }))).toBe(false);
    expect(isDepartmentUnwell(new Error('Expected JSON response body, but received: ok'))).toBe(false);
    expect(isDepartmentUnwell(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isDepartmentUnwell(undefined)).toBe(false);
  });
});

describe('a department’s circuit', () => {
  const settings = { ...DEFAULT_BREAKER_SETTINGS, failuresInARow: 3, resetMs: 1000 };
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const fail = (err: unknown) => () => Promise.reject(err);
  const attempt = (breaker: DepartmentBreaker, call: () => Promise<unknown>) => breaker.run(call).catch((err: unknown) => err);

  it('opens after failures in a row, then fails fast without calling, naming the department', async () => {
    const breaker = new DepartmentBreaker('social-security', settings, quiet);
    for (let i = 0; i < 3; i++) await attempt(breaker, fail(new TypeError('fetch failed')));
    expect(breaker.state).toBe('open');
    const call = jest.fn(() => Promise.resolve('answer'));
    const err = await attempt(breaker, call);
    expect(call).not.toHaveBeenCalled();
    expect(err).toBeInstanceOf(GraphQLError);
    expect(err).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'social-security', reason: 'CIRCUIT_OPEN' } });
    expect((err as Error).message).toMatch(/^social-security not called: its circuit is open/);
  });

  it('lets one call through after the reset interval, and closes when it is answered', async () => {
    const breaker = new DepartmentBreaker('social-security', settings, quiet);
    for (let i = 0; i < 3; i++) await attempt(breaker, fail(answered(500, 'down')));
    jest.advanceTimersByTime(settings.resetMs);
    expect(breaker.state).toBe('halfOpen');
    await expect(breaker.run(() => Promise.resolve('answer'))).resolves.toBe('answer');
    expect(breaker.state).toBe('closed');
  });

  it('opens again at once when the probe fails', async () => {
    const breaker = new DepartmentBreaker('social-security', settings, quiet);
    for (let i = 0; i < 3; i++) await attempt(breaker, fail(new TypeError('fetch failed')));
    jest.advanceTimersByTime(settings.resetMs);
    await attempt(breaker, fail(new TypeError('fetch failed')));
    expect(breaker.state).toBe('open');
  });

  it('never opens on answers with GraphQL errors, and passes them on unchanged', async () => {
    const breaker = new DepartmentBreaker('social-security', settings, quiet);
    const refusal = answered(400, { errors: [{ message: 'bad document' }] });
    for (let i = 0; i < 20; i++) expect(await attempt(breaker, fail(refusal))).toBe(refusal);
    expect(breaker.state).toBe('closed');
  });

  it('counts failures in a row: an answer in between starts the count again', async () => {
    const breaker = new DepartmentBreaker('social-security', { ...settings, minCalls: 1000 }, quiet);
    for (let i = 0; i < 10; i++) {
      await attempt(breaker, fail(new TypeError('fetch failed')));
      await attempt(breaker, fail(new TypeError('fetch failed')));
      await breaker.run(() => Promise.resolve('answer'));
    }
    expect(breaker.state).toBe('closed');
  });
});

describe('circuit settings', () => {
  it('has defaults and reads HUB_BREAKER_*', () => {
    expect(readBreakerSettings({})).toEqual(DEFAULT_BREAKER_SETTINGS);
    expect(readBreakerSettings({ HUB_BREAKER_FAILURES_IN_A_ROW: '3', HUB_BREAKER_RESET_MS: '2000' })).toEqual({ ...DEFAULT_BREAKER_SETTINGS, failuresInARow: 3, resetMs: 2000 });
  });

  it('refuses what is not a positive whole number, and a share over 100', () => {
    expect(() => readBreakerSettings({ HUB_BREAKER_RESET_MS: '0' })).toThrow('HUB_BREAKER_RESET_MS must be a positive whole number, not 0');
    expect(() => readBreakerSettings({ HUB_BREAKER_MIN_CALLS: 'ten' })).toThrow(/HUB_BREAKER_MIN_CALLS/);
    expect(() => readBreakerSettings({ HUB_BREAKER_ERROR_PERCENT: '150' })).toThrow('HUB_BREAKER_ERROR_PERCENT must be at most 100, not 150');
  });
});
