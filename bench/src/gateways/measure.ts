import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceProcess } from '../stack/serviceProcess';
import type { LoadFigures, LoadPlan } from './loadRun';

/**
 * Runs one load in its own process and samples the gateway's resident memory meanwhile
 * (every 250 ms, from /proc, all its workers together).
 */
export interface Measurement extends LoadFigures {
  /** The gateway's highest resident memory seen during this load, in MiB. */
  peakRssMiB: number;
  /** CPU time per answered request: the gateway's, and all departments' together (ms). */
  gatewayCpuMs: number;
  departmentsCpuMs: number;
}

export async function measure(plan: LoadPlan, gateway: ServiceProcess, departments: ServiceProcess[], workDir: string, contextKeyPem: string): Promise<Measurement> {
  const planPath = join(workDir, `load-${process.pid}.json`);
  writeFileSync(planPath, JSON.stringify(plan));
  let peak = gateway.memory().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, gateway.memory().rss);
  }, 250);
  const departmentCpu = () => departments.reduce((sum, d) => sum + d.cpuSeconds(), 0);
  const before = { gateway: gateway.cpuSeconds(), departments: departmentCpu() };
  try {
    const figures = await runLoad(planPath, contextKeyPem);
    const perRequest = (seconds: number) => (figures.requests > 0 ? Math.round((seconds * 1000 * 100) / figures.requests) / 100 : 0);
    return {
      ...figures,
      peakRssMiB: Math.round(peak / 1024 / 1024),
      gatewayCpuMs: perRequest(gateway.cpuSeconds() - before.gateway),
      departmentsCpuMs: perRequest(departmentCpu() - before.departments),
    };
  } finally {
    clearInterval(sampler);
  }
}

function runLoad(planPath: string, contextKeyPem: string): Promise<LoadFigures> {
  const child = spawn(process.execPath, [join(__dirname, 'loadRun.js'), planPath], {
    env: { ...process.env, HUB_CONTEXT_SIGNING_KEY: contextKeyPem },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line) return reject(new Error(`the load process exited with ${code}`));
      resolve(JSON.parse(line) as LoadFigures);
    });
  });
}
