/**
 * Merges identical department calls that are in flight at the same moment: the second
 * waits for the first one's answer instead of asking again. Only calls with the same key
 * are merged, and the key always holds the caller's identity and purpose (mergeKey.ts), so
 * one caller never receives an answer fetched for another, or for another purpose.
 */
export class InflightRequests<T> {
  private readonly pending = new Map<string, Promise<T>>();
  /** Calls answered by another's request (for the benchmark's report and tests). */
  merged = 0;

  run(key: string, start: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key);
    if (existing) {
      this.merged++;
      return existing;
    }
    const call = start().finally(() => this.pending.delete(key));
    this.pending.set(key, call);
    return call;
  }

  get size(): number {
    return this.pending.size;
  }
}
