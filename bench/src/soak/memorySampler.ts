/**
 * Memory of the watched services while the load runs, each gauge on its own interval:
 * resident memory from /proc every few seconds; less often (a full collection pauses the
 * service), the V8 heap and the RSS right after a forced full collection. A gauge gives one
 * or more named series. Times are from the load's start.
 */
export interface MemorySample {
  atMs: number;
  bytes: number;
}

export interface Gauge {
  name: string;
  everyMs: number;
  /** Bytes per series name. */
  read(): Record<string, number> | Promise<Record<string, number>>;
}

export class MemorySampler {
  readonly series = new Map<string, MemorySample[]>();
  readonly errors: string[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly busy = new Set<string>();
  private startedAt = 0;

  constructor(private readonly gauges: Gauge[]) {}

  start(): void {
    this.startedAt = Date.now();
    for (const gauge of this.gauges) {
      void this.sample(gauge);
      this.timers.push(setInterval(() => void this.sample(gauge), gauge.everyMs));
    }
  }

  /** Stops sampling after one last sample of each gauge. */
  async stop(): Promise<void> {
    if (this.timers.length === 0) return;
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    await Promise.all(this.gauges.map((gauge) => this.sample(gauge)));
  }

  /** The latest figure of each gauge, for progress lines. */
  latest(): Map<string, number> {
    return new Map([...this.series].map(([name, samples]) => [name, samples.at(-1)?.bytes ?? 0]));
  }

  private async sample(gauge: Gauge): Promise<void> {
    // A slow reading (a collection under load) is not overlapped by the next.
    if (this.busy.has(gauge.name)) return;
    this.busy.add(gauge.name);
    try {
      const atMs = Date.now() - this.startedAt;
      for (const [name, bytes] of Object.entries(await gauge.read())) {
        if (!this.series.has(name)) this.series.set(name, []);
        // A process that is not running has no figure; a zero would read as a drop.
        if (bytes > 0) this.series.get(name)!.push({ atMs, bytes });
      }
    } catch (err) {
      if (this.errors.length < 5) this.errors.push(`${gauge.name}: ${(err as Error).message}`);
    } finally {
      this.busy.delete(gauge.name);
    }
  }
}
