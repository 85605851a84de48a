import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { subgraphSdl } from '@hub/kit';
import { lexicographicSortSchema, parse, printSchema } from 'graphql';
import { DEPARTMENTS } from './departments';

const ROOT = join(__dirname, '..', '..');
export const SUPERGRAPH_PATH = join(ROOT, 'gateway', 'supergraph.graphql');
/** What clients may query: the supergraph without federation's join machinery. */
export const API_SCHEMA_PATH = join(ROOT, 'clients', 'sdk', 'api-schema.graphql');

export interface Composition {
  supergraph: string;
  apiSchema: string;
  subgraphs: Array<{ name: string; sdl: string; path: string }>;
}

/** Builds every department's schema in-process and composes them (Federation 2). */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = [];
  for (const dept of DEPARTMENTS) {
    const sdl = await subgraphSdl(await dept.definition.schema());
    subgraphs.push({ name: dept.name, sdl: `${sdl.trim()}\n`, path: join(ROOT, 'subgraphs', dept.name, 'schema.graphql') });
  }
  const result = composeServices(
    subgraphs.map((s, i) => ({ name: s.name, typeDefs: parse(s.sdl), url: `http://127.0.0.1:${DEPARTMENTS[i]!.port}/graphql` })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  const api = Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema();
  return { supergraph: result.supergraphSdl, apiSchema: `${printSchema(lexicographicSortSchema(api))}\n`, subgraphs };
}

/** Files whose committed content differs from a fresh composition. */
export function staleFiles(composition: Composition): string[] {
  const expected = [
    { path: SUPERGRAPH_PATH, text: composition.supergraph },
    { path: API_SCHEMA_PATH, text: composition.apiSchema },
    ...composition.subgraphs.map((s) => ({ path: s.path, text: s.sdl }))];
  return expected.filter(({ path, text }) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  }).map(({ path }) => path);
}

async function main(): Promise<void> {
  const composition = await composeSupergraph();
  if (process.argv.includes('--check')) {
    const stale = staleFiles(composition);
    if (stale.length) throw new Error(`stale, run npm run compose:\n${stale.join('\n')}`);
    console.log('supergraph and subgraph schemas are current');
    return;
  }
  for (const s of composition.subgraphs) writeFileSync(s.path, s.sdl);
  writeFileSync(SUPERGRAPH_PATH, composition.supergraph);
  writeFileSync(API_SCHEMA_PATH, composition.apiSchema);
  console.log(`composed ${composition.subgraphs.length} subgraphs into ${SUPERGRAPH_PATH}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
