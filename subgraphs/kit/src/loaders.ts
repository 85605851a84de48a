import DataLoader from 'dataloader';

/** A batch function in the shape departments' services expose: keys in, map of found values out. */
export type BatchByKey<K, V> = (keys: readonly K[]) => Promise<Map<K, V>>;

/**
 * Per-request DataLoader registry. Created fresh for every request so that one caller's
 * cached rows never reach another caller.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** A loader returning one value (or null) per key. */
  one<K, V>(name: string, batch: BatchByKey<K, V>): DataLoader<K, V | null> {
    return this.get(name, async (keys: readonly K[]) => {
      const found = await batch(keys);
      return keys.map((k) => found.get(k) ?? null);
    });
  }

  /** A loader returning a list (possibly empty) per key. */
  many<K, V>(name: string, batch: BatchByKey<K, V[]>): DataLoader<K, V[]> {
    return this.get(name, async (keys: readonly K[]) => {
      const found = await batch(keys);
      return keys.map((k) => found.get(k) ?? []);
    });
  }

  private get<K, V>(name: string, batchFn: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader(batchFn as DataLoader.BatchLoadFn<unknown, unknown>);
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Groups rows into a map of lists by key, the usual shape of a "many" batch. */
export function groupBy<K, V>(rows: V[], keyOf: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Indexes rows by a unique key, the usual shape of a "one" batch. */
export function indexBy<K, V>(rows: V[], keyOf: (row: V) => K): Map<K, V> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}
