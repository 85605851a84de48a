import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWebRoot, safeRelativePath, webRootHandler } from '../src/webRoot';

/** The clerk workstation's files as the gateway serves them: types, caching, the page for app routes, nothing outside the folder. */
let dir: string;
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'web-root-'));
  root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>工作台</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(dir, 'outside.txt'), 'not served');
  symlinkSync(join(dir, 'outside.txt'), join(root, 'link.txt'));
  const handler = await webRootHandler(root);
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request: fetch would normalise "/../" before sending it. */
function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the workstation served by the gateway', () => {
  it('serves the page, never cached, with a content security policy', async () => {
    const page = await get('/');
    expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>工作台</title>' });
    expect(page.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves hashed assets by type, cached for good', async () => {
    const script = await get('/assets/index-abc123.js?v=1');
    expect(script).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(script.headers).toMatchObject({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' });
    expect((await get('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('answers app routes with the page, and missing files with 404', async () => {
    expect((await get('/case/accept')).body).toContain('工作台');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('serves nothing outside its folder, no dot-files and no symlinks out of it', async () => {
    for (const path of ['/../outside.txt', '/assets/../../outside.txt', '/%2e%2e/outside.txt', '/.env', '/link.txt']) {
      const answer = await get(path);
      expect([path, answer.status]).toEqual([path, 404]);
      expect(answer.body).not.toContain('not served');
    }
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect(safeRelativePath('/a/../../b/')).toBe('b');
    expect(safeRelativePath('/a\\..\\b')).toBeNull();
  });

  it('answers HEAD without a body, and other methods with 404', async () => {
    const head = await get('/', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength('<!doctype html><title>工作台</title>')));
    expect((await get('/', 'POST')).status).toBe(404);
  });

  it('is configured by HUB_WEB_ROOT, off when empty, and refuses a folder without index.html', async () => {
    expect(readWebRoot({ HUB_WEB_ROOT: '' })).toBeNull();
    expect(readWebRoot({ HUB_WEB_ROOT: root })).toBe(root);
    await expect(webRootHandler(dir)).rejects.toThrow(/has no index.html/);
  });
});
