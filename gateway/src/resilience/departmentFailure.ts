/**
 * Whether a failed department call says the department is unwell, which is what its circuit
 * counts: no connection (refused, reset, closed mid-answer), no answer before the deadline,
 * or an HTTP 5xx whose body is not GraphQL (a crashed service behind its web server).
 *
 * Anything the department answered in GraphQL is an answer, not a failure, whatever it
 * says: FORBIDDEN, BAD_USER_INPUT or its own INTERNAL_SERVER_ERROR on 200, a 401 for a
 * context it would not trust, a 400 for a document it refused. Those are about the request,
 * and failing the department fast would hide them and deny everyone else its data.
 */
export function isDepartmentUnwell(err: unknown): boolean {
  // Judged by shape, not class: fetch's errors come from Node's own realm, which is not the
  // code's under a test runner's VM context (instanceof Error fails there).
  if (typeof err !== 'object' || err === null) return false;
  const { name, message, extensions, code, cause } = err as { name?: unknown; message?: unknown; extensions?: { response?: unknown }; code?: unknown; cause?: { code?: unknown } };
  if (timedOut({ name, message })) return true;
  if (extensions?.response) return serverErrorWithoutGraphQL(extensions.response);
  // undici's own errors carry the socket's code; Node's fetch wraps them in a TypeError
  // ('fetch failed' before the answer began, 'terminated' when it broke off) with the cause.
  if (NO_CONNECTION.has(String(code)) || NO_CONNECTION.has(String(cause?.code))) return true;
  return name === 'TypeError' && (message === 'fetch failed' || message === 'terminated');
}

/** Refused, reset, closed, unreachable, or not connected in time. */
const NO_CONNECTION = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED',
]);

/** The per-call deadline (AbortSignal.timeout in departmentSource.ts) expired. */
export function timedOut(err: { name?: unknown; message?: unknown }): boolean {
  return err.name === 'TimeoutError' || (typeof err.message === 'string' && /aborted due to timeout/.test(err.message));
}

/**
 * RemoteGraphQLDataSource turns a non-2xx answer into a GraphQLError whose
 * `extensions.response` carries the status and the parsed body (an object when it was JSON,
 * else the text).
 */
function serverErrorWithoutGraphQL(response: unknown): boolean {
  const { status, body } = response as { status?: unknown; body?: unknown };
  if (typeof status !== 'number' || status < 500) return false;
  return !(typeof body === 'object' && body !== null && ('errors' in body || 'data' in body));
}
