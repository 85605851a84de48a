import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../stack/hubStack';

/** The committed supergraph with this run's subgraph URLs, for gateways that take URLs from it. */
export function writeSupergraphFor(departmentUrls: Record<string, string>, path: string): string {
  let sdl = readFileSync(join(ROOT, 'gateway', 'supergraph.graphql'), 'utf8');
  for (const [name, url] of Object.entries(departmentUrls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  writeFileSync(path, sdl);
  return sdl;
}
