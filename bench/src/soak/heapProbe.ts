import { WebSocket } from 'undici';

/**
 * The V8 heap of a running service, after a full garbage collection, through the V8
 * inspector — the figure a leak raises, without the sawtooth of RSS (V8 grows its heap
 * between collections and gives pages back lazily). The service is started with
 * `--inspect-port=<port>` (which opens nothing by itself) and sent SIGUSR1, which makes
 * Node open the inspector on that port, loopback only. Nothing in the service changes.
 */
export class HeapProbe {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: unknown) => void; reject: (err: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!waiter) return;
      this.waiting.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  static async attach(pid: number, port: number, timeoutMs = 15_000): Promise<HeapProbe> {
    process.kill(pid, 'SIGUSR1');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const targets = await fetch(`http://127.0.0.1:${port}/json/list`).then((r) => r.json() as Promise<Array<{ webSocketDebuggerUrl: string }>>, () => null);
      const url = targets?.[0]?.webSocketDebuggerUrl;
      if (url) return new HeapProbe(await opened(new WebSocket(url)));
      if (Date.now() > deadline) throw new Error(`no inspector on port ${port} for process ${pid}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Bytes of V8 heap in use after a full collection. */
  async heapAfterGc(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage');
    const usage = (await this.call('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  }

  close(): void {
    this.socket.close();
  }

  private call(method: string): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method }));
    });
  }
}

function opened(socket: WebSocket): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    socket.addEventListener('open', () => resolve(socket));
    socket.addEventListener('error', () => reject(new Error('the inspector refused the connection')));
  });
}

/** NODE_OPTIONS for a service the probe may attach to, keeping whatever options were set. */
export function inspectablePortOptions(port: number): string {
  return `${process.env.NODE_OPTIONS ?? ''} --inspect-port=127.0.0.1:${port}`.trim();
}
