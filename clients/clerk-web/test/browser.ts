import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * What the browser journey needs on the machine, installed when missing (CI machines start
 * fresh): Debian's Chromium, a CJK font so Chinese renders in screenshots, and the built
 * workstation (`npm run build` makes it; built here when a test runs alone).
 */
const ROOT = join(__dirname, '..', '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const WEB_DIST = join(ROOT, 'clients', 'clerk-web', 'dist');
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

function aptInstall(pkg: string): void {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, { stdio: 'inherit' });
}

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  aptInstall('chromium');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing and apt-get could not install chromium`);
}

/** Without a CJK font Chinese renders as boxes: the test still passes, the screenshots do not show it. */
export function ensureChineseFont(): void {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim()) return;
  try {
    aptInstall('fonts-wqy-microhei');
  } catch (err) {
    console.warn(`no Chinese font for the screenshots: ${String(err)}`);
  }
}

export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', 'clients/clerk-web'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build of clients/clerk-web failed');
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
