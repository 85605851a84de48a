import type { CatalogueRecords } from './catalogue.records';
import type { CatalogueService } from './catalogue.service';

/**
 * The catalogue as read at one version, with what is derived from it: form templates and
 * their prefill plans, each computed once per version and kept. Catalogue data only — no
 * caller's data is ever stored here, so sharing it across requests leaks nothing.
 */
export class CatalogueSnapshot {
  private readonly derived = new Map<string, unknown>();

  constructor(
    readonly version: string,
    readonly records: CatalogueRecords,
  ) {}

  /** Computes `build()` once per key for this version of the catalogue. */
  memo<T>(key: string, build: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, build());
    return this.derived.get(key) as T;
  }

  /** How many things were derived (the plan-cache test reads it). */
  get derivedCount(): number {
    return this.derived.size;
  }
}

/** One per process: checks the catalogue's version (one statement) and reloads only when it changed. */
export class CatalogueCache {
  private current: { version: string; snapshot: Promise<CatalogueSnapshot> } | undefined;

  constructor(private readonly service: CatalogueService) {}

  async snapshot(): Promise<CatalogueSnapshot> {
    const version = await this.service.version();
    if (this.current?.version !== version) {
      const snapshot = this.service.loadAll().then((records) => new CatalogueSnapshot(version, records));
      this.current = { version, snapshot };
      snapshot.catch(() => {
        if (this.current?.snapshot === snapshot) this.current = undefined;
      });
    }
    return this.current.snapshot;
  }
}
