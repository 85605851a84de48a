import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphql, GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { declareDataSubjects, PERSON_SUBJECT, type DataSubjectRule } from './audit/subjects';
import { guardPersonalData } from './purpose/guard';
import type { SensitiveKind } from './purpose/mask';
import { MARKET_ENTITY_SCOPE, scopeRootOf } from './purpose/scopeRoots';

/** The Federation 2 header every department schema starts with. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never) => unknown }>;

/**
 * type-graphql resolvers → Federation 2 subgraph schema. type-graphql's own printer drops
 * directives such as @key, so the schema is printed with directives and rebuilt by
 * @apollo/subgraph, keeping type-graphql's resolvers and adding the reference resolvers.
 * `audit.dataSubjects` names the department's types, besides Person, whose reads are about
 * one person and so are recorded in its data-access log (see audit/subjects.ts); the same
 * rules scope purpose-bound access (purpose/guard.ts), and `audit.sensitive` names the values
 * masked unless a purpose asks for them by name.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
  audit: { dataSubjects?: DataSubjectRule[]; sensitive?: Record<string, SensitiveKind> } = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers });
  declareDataSubjects(subgraph, audit.dataSubjects);
  const rules = [PERSON_SUBJECT, ...(audit.dataSubjects ?? [])];
  guardPersonalData(subgraph, { roots: [...rules.map(scopeRootOf), MARKET_ENTITY_SCOPE], sensitive: audit.sensitive ?? {} });
  return subgraph;
}

/** The SDL a subgraph contributes to composition, exactly as it answers `_service { sdl }`. */
export async function subgraphSdl(schema: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema, source: '{ _service { sdl } }' });
  const sdl = (result.data as { _service?: { sdl?: string } } | undefined)?._service?.sdl;
  if (!sdl) throw new Error(`not a subgraph schema: ${JSON.stringify(result.errors)}`);
  return sdl;
}
