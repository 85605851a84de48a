import { join } from 'node:path';
import { startTestSubgraph, type RunningService, type TestSubgraph } from '@hub/kit';
import { DEPARTMENTS } from '../../scripts/src/departments';
import { startGateway } from '../src/server';

/** The whole hub for a test: four seeded departments on fresh databases and the gateway, all on port 0. */
export interface TestHub {
  gateway: RunningService;
  departments: Map<string, TestSubgraph<unknown>>;
  stop(): Promise<void>;
}

export async function startTestHub(): Promise<TestHub> {
  const started = await Promise.all(DEPARTMENTS.map(async (d) => [d.name, await startTestSubgraph(d.definition)] as const));
  const departments = new Map<string, TestSubgraph<unknown>>(started);
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphPath: join(__dirname, '..', 'supergraph.graphql'),
    subgraphUrls: Object.fromEntries(started.map(([name, sg]) => [name, sg.url])),
    production: false,
  });
  return {
    gateway,
    departments,
    stop: async () => {
      await gateway.stop();
      await Promise.all([...departments.values()].map((sg) => sg.stop()));
    },
  };
}

export function department(hub: TestHub, name: string): TestSubgraph<unknown> {
  const sg = hub.departments.get(name);
  if (!sg) throw new Error(`department ${name} is not running`);
  return sg;
}
