import { createReadStream, existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sendJson, sendNotFound } from '@hub/kit';

/**
 * The clerk workstation (clients/clerk-web, built by `npm run build:web`) served by the
 * gateway itself, so the app and /graphql share one origin: no CORS, and the browser
 * sends the caller's token only to the hub.
 */
export const DEFAULT_WEB_ROOT = join(__dirname, '..', '..', 'clients', 'clerk-web', 'dist');

/** HUB_WEB_ROOT when set ('' turns serving off), else the built workstation when it exists. */
export function readWebRoot(env: NodeJS.ProcessEnv): string | null {
  const configured = env.HUB_WEB_ROOT;
  if (configured !== undefined) return configured.trim() === '' ? null : resolve(configured);
  return existsSync(join(DEFAULT_WEB_ROOT, 'index.html')) ? DEFAULT_WEB_ROOT : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The page may load only what its own origin serves; it is never framed. */
const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Serves files under `root` for GET and HEAD: content type by extension, hashed assets
 * cached for good, index.html never cached, and any other path without an extension
 * answered with index.html (the app routes itself). Paths that leave the root, dot-files
 * and symlinks out of it are not served. Throws at start when root has no index.html.
 */
export async function webRootHandler(root: string): Promise<Handler> {
  const base = await realpath(root);
  const index = join(base, 'index.html');
  if (!(await isFile(index))) throw new Error(`web root ${root} has no index.html (run npm run build:web)`);
  return async (req, res) => {
    const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendNotFound(res, path);
    const relative = safeRelativePath(path);
    if (relative === null) return sendJson(res, 400, { error: 'malformed path' });
    if (relative.split('/').some((segment) => segment.startsWith('.'))) return sendNotFound(res, path); // .env, .git …
    const file = relative === '' ? index : await fileUnder(base, relative);
    // Vite names built assets by their content hash: cached for good; the page never is.
    if (file) return sendFile(req, res, file, relative.startsWith('assets/'));
    if (extname(relative) !== '') return sendNotFound(res, path); // a missing asset, never the page in its place
    return sendFile(req, res, index, false);
  };
}

/** The request path decoded and normalised, relative to the root; null when it cannot be. */
export function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Normalised from "/", ".." can never climb above the root.
  return posix.normalize(`/${decoded}`).replace(/^\/+/, '').replace(/\/+$/, '');
}

/** A regular file at `relative` whose real path stays inside `base` (a symlink may not lead out). */
async function fileUnder(base: string, relative: string): Promise<string | null> {
  try {
    const real = await realpath(join(base, relative));
    return real.startsWith(base + sep) && (await isFile(real)) ? real : null;
  } catch {
    return null;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, immutable: boolean): Promise<void> {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const { size } = await stat(file);
  res.statusCode = 200;
  res.setHeader('content-type', type);
  res.setHeader('content-length', String(size));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (type.startsWith('text/html')) for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(file), res);
}
