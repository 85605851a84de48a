import { mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contextKeysAsPem } from '@hub/kit';
import { databaseUrlsFor, DEPARTMENT_NAMES, ROOT, startHubStack, type HubStack } from '../stack/hubStack';
import { checkAnswers, referenceAnswers, type Answers } from './answers';
import { ensureDataSet } from './dataSet';
import { measure, type Measurement } from './measure';
import { queryPlanOf } from './queryPlans';
import { OperationRecorder } from './recorder';
import { writeReport, type BenchReport, type TargetResult } from './report';
import { combineRounds } from './rounds';
import { buildScenarios, type GrantTemplates, type Scenario } from './scenarios';
import { BenchIssuer, type Clerk } from './benchIssuer';
import { captureTemplates } from './setup';
import { pickSubjects, type Subjects } from './subjects';
import { writeSupergraphFor } from './supergraphCopy';
import { TARGETS, type Target } from './targets';

/**
 * `npm run bench`: this hub's gateway side by side with a stock @apollo/gateway, Hive
 * Gateway (JavaScript and Rust planners, merging on and off) and the floor (the subgraphs
 * called directly), on the same departments, data and supergraph, one after another.
 * Prints and writes (bench/results/) requests/s, p50, p99 and peak memory per workload,
 * each as a ratio to the floor, as JSON, a Markdown table and an SVG chart.
 *
 *   npm run bench -- [--persons 100000|1000000] [--seconds 10] [--connections 20] [--workers 1]
 *                    [--rate 200] [--targets hub,apollo,…] [--plans]
 */
const PORT_BASE = 4600;
const RECORDER_PORT = 4699;
const SERVER = process.env.HUB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Options {
  persons: number;
  seconds: number;
  warmup: number;
  /** Seconds of each workload through this hub's gateway before any target is measured. */
  settle: number;
  /** Times each target is measured, the order of targets reversed every other round. */
  rounds: number;
  connections: number;
  workers: number;
  rate: number;
  rateSeconds: number;
  subjects: number;
  targets: Target[];
  plans: boolean;
  out: string;
  /** Write V8 CPU profiles of the departments and this hub's gateway here (--cpu-prof). */
  profile: string | null;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string', default: '100000' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      settle: { type: 'string', default: '15' },
      rounds: { type: 'string', default: '1' },
      connections: { type: 'string', default: '20' },
      workers: { type: 'string', default: '1' },
      rate: { type: 'string', default: '200' },
      'rate-seconds': { type: 'string', default: '20' },
      subjects: { type: 'string', default: '500' },
      targets: { type: 'string', default: TARGETS.map((t) => t.key).join(',') },
      plans: { type: 'boolean', default: false },
      profile: { type: 'string' },
      out: { type: 'string', default: join(ROOT, 'bench', 'results') },
    },
  });
  const number = (name: keyof typeof values, min: number): number => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got ${String(values[name])}`);
    return n;
  };
  const keys = values.targets.split(',').map((k) => k.trim());
  const unknown = keys.filter((k) => !TARGETS.some((t) => t.key === k));
  if (unknown.length) throw new Error(`unknown targets ${unknown.join(', ')}; known: ${TARGETS.map((t) => t.key).join(', ')}`);
  return {
    persons: number('persons', 1), seconds: number('seconds', 1), warmup: number('warmup', 0), settle: number('settle', 0), rounds: number('rounds', 1), connections: number('connections', 1),
    workers: number('workers', 1), rate: number('rate', 0), rateSeconds: number('rate-seconds', 1), subjects: number('subjects', 1),
    targets: TARGETS.filter((t) => keys.includes(t.key)), plans: values.plans, out: values.out, profile: values.profile ?? null,
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  const log = (line: string) => console.log(line);
  const dataSet = await ensureDataSet(SERVER, options.persons, log);
  const recorder = new OperationRecorder(`http://127.0.0.1:${PORT_BASE}/graphql`);
  const recorderUrl = await recorder.listen(RECORDER_PORT);
  const databaseUrls = { ...dataSet.databaseUrls, intake: databaseUrlsFor(SERVER, `bench_${dataSet.label}`).intake };
  log('starting the departments…');
  const execArgv = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
  const stack = await startHubStack({ portBase: PORT_BASE, databaseUrls, seedDemo: false, intakeGatewayUrl: recorderUrl, execArgv });
  try {
    const workDir = join(tmpdir(), `hub-bench-${process.pid}`);
    mkdirSync(workDir, { recursive: true });
    const supergraphPath = join(workDir, 'supergraph.graphql');
    const supergraphSdl = writeSupergraphFor(stack.departmentUrls, supergraphPath);
    const issuer = await BenchIssuer.create(workDir);
    const hubGateway = await stack.startHubGateway(issuer.gatewayEnv);
    const clerk = await issuer.signIn();
    const subjects = await pickSubjects(databaseUrls, options.subjects);
    log(`subjects: ${subjects.residents.length} residents, ${subjects.households.length} subsistence households, ${subjects.restaurantOperators.length} restaurant operators`);
    const templates = await captureTemplates(`http://127.0.0.1:${PORT_BASE}`, clerk, recorder, subjects);
    const scenarios = await buildScenarios(subjects, templates, stack.purposeKeys.signingKey);
    if (options.plans) {
      for (const s of scenarios) log(`\n${s.title}:\n${s.document}\n${queryPlanOf(supergraphSdl, s.document, s.operationName)}`);
      return;
    }
    const reference = await referenceAnswers(stack.gatewayUrl, clerk, scenarios);
    // The departments' first minutes (JIT, PostgreSQL's buffer cache, Prisma's compiled
    // queries) would otherwise be paid by whichever target runs first.
    if (options.settle > 0) {
      log(`settling the departments: ${options.settle} s of each workload…`);
      const departments = DEPARTMENT_NAMES.map((name) => stack.department(name));
      const keyPem = contextKeysAsPem(stack.contextKeys).signingKeyPem;
      for (const scenario of scenarios) {
        await measure({ url: stack.gatewayUrl, mode: 'hub', connections: options.connections, seconds: options.settle, token: clerk.token, caller: clerk.caller, subgraphs: [], requests: scenario.requests }, hubGateway, departments, workDir, keyPem);
      }
    }
    await hubGateway.stop();
    const rounds = new Map<string, TargetResult[]>(options.targets.map((t) => [t.key, []]));
    for (let round = 0; round < options.rounds; round++) {
      if (options.rounds > 1) log(`\nround ${round + 1} of ${options.rounds}`);
      const order = round % 2 === 0 ? options.targets : [...options.targets].reverse();
      for (const target of order) {
        rounds.get(target.key)!.push(await runTarget(target, { stack, options, subjects, templates, clerk, issuer, reference, workDir, supergraphPath }));
      }
    }
    const results = options.targets.map((t) => combineRounds(rounds.get(t.key)!));
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: machineDescription(),
      persons: dataSet.persons,
      seconds: options.seconds,
      connections: options.connections,
      workers: options.workers,
      rate: options.rate,
      rounds: options.rounds,
      scenarios: scenarios.map((s) => ({ key: s.key, title: s.title })),
      results,
    };
    const files = writeReport(report, options.out, dataSet.label);
    log(`\nwritten: ${files.join(', ')}`);
  } finally {
    await stack.stop();
    await recorder.close();
  }
}

interface RunContext {
  stack: HubStack;
  options: Options;
  subjects: Subjects;
  templates: GrantTemplates;
  clerk: Clerk;
  issuer: BenchIssuer;
  reference: Answers;
  workDir: string;
  supergraphPath: string;
}

async function runTarget(target: Target, run: RunContext): Promise<TargetResult> {
  const { stack, options, clerk } = run;
  // Fresh grants for each target: a whole run can outlast a grant's 15 minutes.
  const scenarios = await buildScenarios(run.subjects, run.templates, stack.purposeKeys.signingKey);
  console.log(`\n${target.label} (${options.workers} worker${options.workers > 1 ? 's' : ''})`);
  const gateway = await target.start({ stack, workers: options.workers, supergraphPath: run.supergraphPath, hubEnv: run.issuer.gatewayEnv });
  const contextKeyPem = contextKeysAsPem(stack.contextKeys).signingKeyPem;
  const subgraphs = Object.keys(stack.departmentUrls);
  const planFor = (scenario: Scenario, seconds: number, rate?: number) => ({
    url: stack.gatewayUrl, mode: target.mode, connections: options.connections, seconds, ...(rate ? { rate } : {}),
    token: clerk.token, caller: clerk.caller, subgraphs, requests: scenario.requests,
  });
  const departments = DEPARTMENT_NAMES.map((name) => stack.department(name));
  try {
    const mismatches = await checkAnswers(stack.gatewayUrl, target.mode, clerk, scenarios, run.reference, contextKeyPem, subgraphs, target.key === 'floor');
    for (const m of mismatches) console.log(`  ! ${m}`);
    const figures: Record<string, Measurement> = {};
    for (const scenario of scenarios) {
      if (options.warmup > 0) await measure(planFor(scenario, options.warmup), gateway, departments, run.workDir, contextKeyPem);
      const m = await measure(planFor(scenario, options.seconds), gateway, departments, run.workDir, contextKeyPem);
      figures[scenario.key] = m;
      console.log(`  ${scenario.title.padEnd(30)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(m.p50).padStart(4)} ms  p99 ${String(m.p99).padStart(4)} ms  peak ${m.peakRssMiB} MiB  CPU/request: gateway ${m.gatewayCpuMs} ms, departments ${m.departmentsCpuMs} ms${m.non2xx + m.errors + m.graphqlErrors ? `  (non-2xx ${m.non2xx}, errors ${m.errors}, GraphQL errors ${m.graphqlErrors})` : ''}`);
    }
    let atRate: Measurement | undefined;
    const person = scenarios.find((s) => s.key === 'person');
    if (options.rate > 0 && person) {
      atRate = await measure(planFor(person, options.rateSeconds, options.rate), gateway, departments, run.workDir, contextKeyPem);
      console.log(`  ${`person at ${options.rate} req/s`.padEnd(30)} ${atRate.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(atRate.p50).padStart(4)} ms  p99 ${String(atRate.p99).padStart(4)} ms`);
    }
    return { key: target.key, label: target.label, merging: target.merging, mismatches, figures, ...(atRate ? { atRate } : {}), peakRssMiB: Math.round(gateway.memory().peakRss / 1024 / 1024) };
  } finally {
    await gateway.stop();
  }
}

function machineDescription(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
