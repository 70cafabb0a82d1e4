import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

const clientRoot = resolve(import.meta.dirname, 'client');

// Three separate HTML entries so each audience downloads only its own code:
// a participant's phone never loads facilitator or projector code.
export default defineConfig({
  root: clientRoot,
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: {
      input: {
        participant: resolve(clientRoot, 'participant.html'),
        facilitator: resolve(clientRoot, 'facilitator.html'),
        screen: resolve(clientRoot, 'screen.html'),
      },
    },
  },
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.ts', 'shared/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report lets CI print one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
  },
});
