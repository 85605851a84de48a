import { join } from 'node:path';
import { contextKeysAsPem, generateContextKeys, type ContextKeyPair } from '@hub/kit';
import { ServiceProcess } from './serviceProcess';

/**
 * The hub as the harnesses run it: the four department subgraphs and intake, one process
 * each, on PostgreSQL databases the caller names, with context and purpose key pairs made
 * here — so a harness can sign what the gateway or intake would sign (a peer gateway gets
 * pre-signed contexts, a benchmark opens no case per request). Departments can be killed
 * and restarted one by one (failure injection). The gateway is started separately
 * (`startHubGateway`), so several gateways can take turns on the same departments.
 */
export const ROOT = join(__dirname, '..', '..', '..');

export const DEPARTMENT_NAMES = ['civil-affairs', 'social-security', 'market-access', 'e-license', 'intake'] as const;
export type DepartmentName = (typeof DEPARTMENT_NAMES)[number];

export interface StackOptions {
  /** Departments listen on portBase+1 … portBase+5; the gateway on portBase. */
  portBase: number;
  /** Each department's database URL. */
  databaseUrls: Record<DepartmentName, string>;
  /** Seed the small demo population (false for a data set loaded by `load:scale`). */
  seedDemo: boolean;
  /** More environment for every department (LOG_LEVEL, NATS_URL, …). */
  env?: Record<string, string>;
  /** Where intake reads departments (default: the stack's gateway); a harness may put a recorder between. */
  intakeGatewayUrl?: string;
  /** Node options for every process (e.g. --cpu-prof for a profile). */
  execArgv?: string[];
}

export interface HubStack {
  readonly contextKeys: ContextKeyPair;
  readonly purposeKeys: ContextKeyPair;
  readonly gatewayPort: number;
  /** The gateway's GraphQL URL (whichever gateway is running on gatewayPort). */
  readonly gatewayUrl: string;
  /** Each department's GraphQL URL. */
  readonly departmentUrls: Record<DepartmentName, string>;
  department(name: DepartmentName): ServiceProcess;
  /** Starts this project's gateway on gatewayPort with the stack's keys. */
  startHubGateway(env?: Record<string, string>): Promise<ServiceProcess>;
  stop(): Promise<void>;
}

const LOCAL = '127.0.0.1';

/** Databases named `<prefix>_<department>` on the server of `baseUrl` (postgres://…/anything). */
export function databaseUrlsFor(baseUrl: string, prefix: string): Record<DepartmentName, string> {
  const urls = {} as Record<DepartmentName, string>;
  for (const name of DEPARTMENT_NAMES) {
    const url = new URL(baseUrl);
    url.pathname = `/${prefix}_${name.replace(/-/g, '_')}`;
    urls[name] = url.toString();
  }
  return urls;
}

/** The environment variable naming a department's database (the kit's `databaseUrlFor` reads it). */
export function databaseEnvKey(name: DepartmentName): string {
  return `${name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
}

export async function startHubStack(options: StackOptions): Promise<HubStack> {
  const contextKeys = generateContextKeys();
  const purposeKeys = generateContextKeys();
  const context = contextKeysAsPem(contextKeys);
  const purpose = contextKeysAsPem(purposeKeys);
  const gatewayPort = options.portBase;
  const gatewayUrl = `http://${LOCAL}:${gatewayPort}/graphql`;
  const departmentUrls = {} as Record<DepartmentName, string>;
  const processes = new Map<DepartmentName, ServiceProcess>();
  const gateways: ServiceProcess[] = [];
  DEPARTMENT_NAMES.forEach((name, i) => {
    const port = options.portBase + 1 + i;
    departmentUrls[name] = `http://${LOCAL}:${port}/graphql`;
    const env: Record<string, string> = {
      LOG_LEVEL: 'error',
      ...options.env,
      PORT: String(port),
      HOST: LOCAL,
      SEED_DEMO: String(options.seedDemo),
      [databaseEnvKey(name)]: options.databaseUrls[name],
      HUB_CONTEXT_VERIFY_KEY: context.verifyKeyPem,
      HUB_PURPOSE_VERIFY_KEY: purpose.verifyKeyPem,
      ...(name === 'intake' ? { HUB_PURPOSE_SIGNING_KEY: purpose.signingKeyPem, GATEWAY_URL: options.intakeGatewayUrl ?? gatewayUrl } : {}),
    };
    processes.set(name, new ServiceProcess(name, join(ROOT, 'subgraphs', name, 'dist', 'index.js'), env, `http://${LOCAL}:${port}/ready`, [], options.execArgv));
  });
  try {
    // Departments first: intake seeds its catalogue and the others migrate in parallel.
    await Promise.all([...processes.values()].map((p) => p.start()));
  } catch (err) {
    await Promise.all([...processes.values()].map((p) => p.stop()));
    throw err;
  }
  const urlEnv: Record<string, string> = {};
  for (const name of DEPARTMENT_NAMES) urlEnv[`${name.toUpperCase().replace(/-/g, '_')}_URL`] = departmentUrls[name];
  return {
    contextKeys,
    purposeKeys,
    gatewayPort,
    gatewayUrl,
    departmentUrls,
    department: (name) => processes.get(name)!,
    startHubGateway: async (env = {}) => {
      const gateway = new ServiceProcess('gateway', join(ROOT, 'gateway', 'dist', 'index.js'), {
        LOG_LEVEL: 'error',
        ...options.env,
        ...urlEnv,
        GATEWAY_PORT: String(gatewayPort),
        HOST: LOCAL,
        HUB_CONTEXT_SIGNING_KEY: context.signingKeyPem,
        HUB_PURPOSE_VERIFY_KEY: purpose.verifyKeyPem,
        // The harness is one caller sending thousands of requests a minute: not what the limit is for.
        HUB_RATE_LIMIT_PER_CALLER: '100000000',
        ...env,
      }, `http://${LOCAL}:${gatewayPort}/ready`, [], options.execArgv);
      gateways.push(gateway);
      await gateway.start();
      return gateway;
    },
    stop: async () => {
      await Promise.all(gateways.map((g) => g.stop()));
      await Promise.all([...processes.values()].map((p) => p.stop()));
    },
  };
}
