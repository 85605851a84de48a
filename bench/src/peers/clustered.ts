import cluster from 'node:cluster';

/**
 * Runs a server in `workers` processes sharing one port (node:cluster), or in this process
 * when one worker is asked: every gateway in a comparison gets the same number.
 */
export async function clustered(workers: number, startWorker: () => Promise<void>): Promise<void> {
  if (workers <= 1 || cluster.isWorker) return startWorker();
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`worker ${worker.process.pid} exited (${signal ?? code})`);
  });
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

export function workersFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const workers = Number(env.WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`WORKERS must be a positive whole number, got ${env.WORKERS}`);
  return workers;
}
