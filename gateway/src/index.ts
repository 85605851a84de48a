import cluster from 'node:cluster';
import { generateKeyPairSync } from 'node:crypto';
import { createLogger, runUntilSignalled } from '@hub/kit';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

const log = createLogger('gateway');
const config = readGatewayConfig();

// GATEWAY_WORKERS > 1: that many processes share the port (node:cluster), one per core the
// gateway may use. Each keeps its own plan cache, connection pools and in-flight merging;
// the primary only restarts a worker that dies.
if (config.workers && config.workers > 1 && cluster.isPrimary) {
  // One development issuer key for all workers, so a token from one is good at every other.
  const devIssuerKey = process.env.HUB_DEV_ISSUER_KEY ?? generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  cluster.setupPrimary({ execArgv: process.execArgv });
  for (let i = 0; i < config.workers; i++) cluster.fork({ HUB_DEV_ISSUER_KEY: devIssuerKey });
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.error({ pid: worker.process.pid, code, signal }, 'gateway worker exited; starting another');
    cluster.fork({ HUB_DEV_ISSUER_KEY: devIssuerKey });
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} else {
  runUntilSignalled(async () => startGateway(config), log);
}
