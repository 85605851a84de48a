import { parentPort } from 'node:worker_threads';
import { sealRows, type SealableRow } from './seal';

/** A sealing thread (sealPool.ts): rows and the issuers' secret in, seals out, in order. */
interface SealRequest {
  id: number;
  rows: SealableRow[];
  secret: string;
}

parentPort!.on('message', ({ id, rows, secret }: SealRequest) => {
  try {
    parentPort!.postMessage({ id, seals: sealRows(rows, secret) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
