import type { ServiceProcess } from '../stack/serviceProcess';
import type { HeapProbe } from './heapProbe';
import { MemorySampler, type Gauge } from './memorySampler';
import { HEAP_RULE, judgeMemory, RSS_AFTER_GC_RULE, type FlatRule, type MemoryVerdict } from './memoryVerdict';

/**
 * What the soak watches of each service (the gateway and intake): RSS every few seconds,
 * shown; and, after a forced full collection, the V8 heap and the RSS, judged.
 */
export function watchMemory(services: Array<{ service: ServiceProcess; probe: HeapProbe }>, rssEveryMs: number, heapEveryMs: number): MemorySampler {
  const gauges: Gauge[] = [
    { name: 'RSS', everyMs: rssEveryMs, read: () => Object.fromEntries(services.map(({ service }) => [`${service.name} RSS`, service.memory().rss])) },
    ...services.map(({ service, probe }): Gauge => ({
      name: `${service.name} after GC`,
      everyMs: heapEveryMs,
      read: async () => ({ [`${service.name} heap after GC`]: await probe.heapAfterGc(), [`${service.name} RSS after GC`]: service.memory().rss }),
    })),
  ];
  return new MemorySampler(gauges);
}

export function judgeAll(sampler: MemorySampler): MemoryVerdict[] {
  return [...sampler.series].sort(([a], [b]) => a.localeCompare(b)).map(([name, series]) => judgeMemory(name, series, ruleFor(name)));
}

/** The raw RSS swings with V8's collections and is shown; what is judged is read right after a full collection. */
function ruleFor(series: string): FlatRule | null {
  if (series.endsWith('heap after GC')) return HEAP_RULE;
  if (series.endsWith('RSS after GC')) return RSS_AFTER_GC_RULE;
  return null;
}

export function memoryLine(sampler: MemorySampler): string {
  return `memory: ${[...sampler.latest()].map(([name, bytes]) => `${name} ${(bytes / 2 ** 20).toFixed(0)} MB`).join(', ')}`;
}
