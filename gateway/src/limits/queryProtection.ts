import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { QueryLimits } from './queryLimits';

/** The Apollo Server options that carry the limits. */
export interface QueryProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  allowBatchedHttpRequests: false;
  includeStacktraceInErrorResponses: false;
}

/**
 * graphql-armor's protections for the gateway's Apollo Server: depth, cost, aliases and
 * directives are checked while the operation is validated, so a hostile operation is
 * refused with 400 before it is planned or any department called. Field suggestions
 * ("Did you mean …") are masked in production only, where the schema is not for browsing.
 *
 * Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens`) rather than
 * armor's Apollo token plugin: that plugin reports the refusal from Apollo's
 * unexpected-error hook, which answers 500 and logs an internal error; the parser's limit
 * stops the same documents with 400 GRAPHQL_PARSE_FAILED, without parsing twice.
 *
 * Batched HTTP requests are refused: one operation per request, so each one is limited,
 * counted and rate-limited on its own. Stack traces never leave the gateway.
 */
export function queryProtection(limits: QueryLimits, production: boolean): QueryProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins,
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
  };
}
