import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** A path beside this file (no node:path, so the config typechecks with the app's DOM-only settings). */
const here = (relative: string): string => decodeURIComponent(new URL(relative, import.meta.url).pathname);

/**
 * The clerk workstation. The typed SDK and the kit's identifier checks are imported as
 * source (their packages build CommonJS for Node); the gateway serves the built `dist`,
 * so the app calls /graphql and /auth/dev-token on its own origin. `npm run dev -w
 * clients/clerk-web` proxies both to a running hub (HUB_GATEWAY, default port 4000).
 */
const gateway = process.env.HUB_GATEWAY ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@hub/sdk': here('../sdk/src/index.ts'),
      '@hub/identifiers': here('../../subgraphs/kit/src/identifiers/index.ts'),
    },
  },
  build: { outDir: here('dist'), emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: { proxy: { '/graphql': gateway, '/auth': gateway } },
});
