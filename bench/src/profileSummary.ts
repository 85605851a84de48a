import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a process spent its CPU, from the V8 profiles `npm run bench -- --profile DIR`
 * writes: busy time by package (or project folder), idle left out.
 *
 *   node bench/dist/profileSummary.js DIR [top]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string, functionName: string): string {
  const module = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1]!;
  const project = /\/work\/[^/]+\/(.*)$/.exec(url.replace('file://', ''));
  if (project) return project[1]!.split('/').slice(0, 3).join('/');
  return url ? url.replace(/^node:internal\//, 'node:') : functionName;
}

function summarise(path: string, top: number): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const busy = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    const key = packageOf(node.callFrame.url, node.callFrame.functionName);
    busy.set(key, (busy.get(key) ?? 0) + delta);
  });
  const lines = [...busy].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${key}`);
  return `${path}: ${(total / 1e6).toFixed(1)} s busy\n${lines.join('\n')}`;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/dist/profileSummary.js DIR [top]');
  process.exit(1);
}
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) console.log(summarise(join(dir, file), Number(process.argv[3] ?? 12)));
