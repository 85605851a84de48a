/**
 * What one operation may ask of the gateway, enforced before any department is called
 * (limits/queryProtection.ts). Measured on the widest legitimate operation in the tests,
 * PersonAcrossDepartments (gateway/test/hub.int.test.ts): depth 5, graphql-armor cost 125,
 * 89 tokens, no aliases, no directives. The limits leave room for bigger forms — a prefill
 * query selects more items, not deeper ones — and refuse the hostile shapes (depth 50,
 * 1,000 aliases) long before planning or execution.
 */
export interface QueryLimits {
  /** Nesting of selections. */
  maxDepth: number;
  /** graphql-armor's static cost: 2 per object, 1 per scalar, ×1.5 per level of depth. */
  maxCost: number;
  /** Aliased fields in one operation (aliases multiply work without making a query deeper). */
  maxAliases: number;
  /** Lexical tokens in the document: bounds parsing itself. */
  maxTokens: number;
  /** Directives in one operation (@include, @skip). */
  maxDirectives: number;
}

export const QUERY_LIMITS: QueryLimits = {
  maxDepth: 10, // 2× the deepest legitimate query
  maxCost: 2000, // 16× PersonAcrossDepartments
  maxAliases: 30, // legitimate queries use none; room for a form asking one field several ways
  maxTokens: 2000, // 22× PersonAcrossDepartments; a 1,000-alias query has 3,000+
  maxDirectives: 20,
};
