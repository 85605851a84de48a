import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands between intake and the gateway while the benchmark prepares: forwards every
 * request unchanged and keeps the operations intake sent, so the prefill workload is the
 * read intake really plans for a bundle, not a copy written into the benchmark.
 */
export interface RecordedOperation {
  query: string;
  operationName: string;
  /** The purpose grant intake sent with it (x-hub-purpose). */
  purposeToken: string | null;
}

export class OperationRecorder {
  readonly recorded: RecordedOperation[] = [];
  private server: Server | null = null;

  constructor(private readonly target: string) {}

  async listen(port: number): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        try {
          const parsed = JSON.parse(body.toString('utf8')) as { query?: unknown; operationName?: unknown };
          const purpose = req.headers['x-hub-purpose'];
          if (typeof parsed.query === 'string') {
            this.recorded.push({ query: parsed.query, operationName: typeof parsed.operationName === 'string' ? parsed.operationName : '', purposeToken: typeof purpose === 'string' ? purpose : null });
          }
        } catch {
          // not JSON: forwarded as it is, not recorded
        }
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers[name] = value;
        fetch(this.target, { method: req.method ?? 'POST', headers, body }).then(
          async (answer) => {
            res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
            res.end(Buffer.from(await answer.arrayBuffer()));
          },
          (err: unknown) => {
            res.writeHead(502);
            res.end(String(err));
          },
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
