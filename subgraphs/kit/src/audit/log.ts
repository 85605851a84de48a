import type { Database } from '../database';
import { appendChained } from './append';
import type { DataAccessEntry } from './entry';

/** Where the audit plugin sends a request's entries; resolves once they are durably stored. */
export interface DataAccessSink {
  append(entries: readonly DataAccessEntry[]): Promise<void>;
}

interface Waiting {
  entries: readonly DataAccessEntry[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * A department's data-access log. Appends from concurrent requests queue up and are written
 * together, one transaction per batch (group commit): under load a request waits for one
 * commit instead of queueing for the lock behind every other request, and only one pool
 * connection per process ever waits on it. Each request's promise settles with its batch.
 */
export class DataAccessLog implements DataAccessSink {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly db: Pick<Database, 'transaction'>,
    readonly department: string,
    private readonly maxBatch = 500,
  ) {}

  append(entries: readonly DataAccessEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ entries, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    if (this.writing || this.waiting.length === 0) return;
    this.writing = true;
    const batch = this.takeBatch();
    this.db
      .transaction((tx) => appendChained(tx, this.department, batch.flatMap((w) => w.entries)))
      .then(
        () => batch.forEach((w) => w.resolve()),
        (err: unknown) => batch.forEach((w) => w.reject(err)),
      )
      .finally(() => {
        this.writing = false;
        this.drain();
      });
  }

  /** Whole requests, oldest first, up to maxBatch entries (always at least one request). */
  private takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    let count = 0;
    for (const waiting of this.waiting) {
      if (batch.length > 0 && count + waiting.entries.length > this.maxBatch) break;
      batch.push(waiting);
      count += waiting.entries.length;
    }
    this.waiting.splice(0, batch.length);
    return batch;
  }
}
