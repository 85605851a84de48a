import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LicenceSeal } from '@hub/kit';
import { sealRows, type SealableRow } from './seal';

/**
 * Sealing is most of the cost of the e-licence library's rows (one SM2 signature each, ~0.17 ms):
 * at scale it runs on worker threads, the rows of each issuer on one thread (so they share
 * their batch's inversion), the threads balanced by row count. The seals are the same as in
 * this thread: nonces are deterministic. The threads do not keep the process alive when idle.
 * From TypeScript sources (tests) there is no compiled worker to start, so rows are sealed here.
 */
const WORKER_FILE = join(__dirname, 'sealWorker.js');

interface Pending {
  resolve: (seals: LicenceSeal[]) => void;
  reject: (err: Error) => void;
}

class SealThread {
  private readonly worker = new Worker(WORKER_FILE);
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor() {
    this.worker.unref();
    this.worker.on('message', ({ id, seals, error }: { id: number; seals?: LicenceSeal[]; error?: string }) => {
      const waiting = this.pending.get(id)!;
      this.pending.delete(id);
      if (this.pending.size === 0) this.worker.unref();
      if (error) waiting.reject(new Error(`sealing thread: ${error}`));
      else waiting.resolve(seals!);
    });
    this.worker.on('error', (err) => {
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    });
  }

  seal(rows: SealableRow[], secret: string): Promise<LicenceSeal[]> {
    const id = this.next++;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, rows, secret });
    });
  }
}

const threads: SealThread[] = [];

function threadsFor(count: number): SealThread[] {
  while (threads.length < count) threads.push(new SealThread());
  return threads.slice(0, count);
}

/** Seals rows on up to `workers` threads; the seals come back in the rows' order. */
export async function sealRowsInWorkers(rows: readonly SealableRow[], secret: string, workers: number): Promise<LicenceSeal[]> {
  if (workers < 1 || rows.length === 0 || !existsSync(WORKER_FILE)) return sealRows(rows, secret);
  const byIssuer = new Map<string, number[]>();
  rows.forEach((row, i) => byIssuer.set(row.issuerCode, [...(byIssuer.get(row.issuerCode) ?? []), i]));
  const pool = threadsFor(workers);
  const shares: number[][] = pool.map(() => []);
  for (const indexes of [...byIssuer.values()].sort((a, b) => b.length - a.length)) {
    shares.reduce((least, share) => (share.length < least.length ? share : least)).push(...indexes);
  }
  const seals: LicenceSeal[] = new Array<LicenceSeal>(rows.length);
  await Promise.all(
    shares.map(async (share, t) => {
      if (!share.length) return;
      const sealed = await pool[t]!.seal(share.map((i) => rows[i]!), secret);
      share.forEach((rowIndex, j) => (seals[rowIndex] = sealed[j]!));
    }),
  );
  return seals;
}
