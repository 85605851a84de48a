import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphSdl } from '@hub/kit';
import { buildELicenseSchema } from '../src/schema';

/**
 * schema.graphql is the SDL this subgraph contributes to composition, byte for byte as
 * `npm run compose` writes it; it must be current.
 */
const SDL_FILE = join(__dirname, '..', 'schema.graphql');

test('schema.graphql is the SDL the subgraph serves (UPDATE_SDL=1 rewrites it)', async () => {
  const sdl = await subgraphSdl(await buildELicenseSchema());
  if (process.env.UPDATE_SDL === '1') writeFileSync(SDL_FILE, sdl);
  expect(readFileSync(SDL_FILE, 'utf8')).toBe(sdl);
});
