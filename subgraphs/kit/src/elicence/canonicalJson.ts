/**
 * Canonical JSON (RFC 8785, JSON Canonicalization Scheme): no whitespace, object members
 * sorted by their names' UTF-16 code units, strings and numbers serialised as ECMAScript's
 * JSON.stringify does. Any implementation of RFC 8785 (Java, Go, Python, …) produces the
 * same bytes for the same data, which is what a signature over data needs.
 */
export class CanonicalJsonError extends Error {}

/** Deeper than any licence's surface data; stops a crafted input before the stack does. */
export const CANONICAL_MAX_DEPTH = 16;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > CANONICAL_MAX_DEPTH) throw new CanonicalJsonError(`nested deeper than ${CANONICAL_MAX_DEPTH} levels`);
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalJsonError('numbers must be finite');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError('strings must be well-formed Unicode (no lone surrogates)');
    return JSON.stringify(value);
  }
  // Array.from visits holes too (as undefined, refused), where map would skip them.
  if (Array.isArray(value)) return `[${Array.from(value, (item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (isPlainObject(value)) {
    const names = Object.keys(value).sort();
    return `{${names.map((name) => `${canonicalJson(name, depth + 1)}:${canonicalJson(value[name], depth + 1)}`).join(',')}}`;
  }
  throw new CanonicalJsonError(`${typeof value} is not JSON`);
}
