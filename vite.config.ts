import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const clientRoot = resolve(import.meta.dirname, 'client');

/** Text files worth compressing; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml)$/;

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy next to every compressible built file, once, at
 * the highest levels, so the server only picks a file by `Accept-Encoding` (server/http/static-client.ts).
 * The gzip copy is made by zopfli: a phone on `http://<LAN address>` is offered no brotli, and
 * zopfli's gzip is about 4% smaller than zlib's level 9 (readable by every gzip decoder).
 * A copy that would not be smaller is not written: the server then sends the file as it is.
 */
function precompress(): Plugin {
  const toBrotli = promisify(brotliCompress);
  return {
    name: 'moim-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name);
          const content = await readFile(path);
          const copies: [string, Buffer][] = [
            [
              '.br',
              await toBrotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
            ],
            ['.gz', Buffer.from(await zopfliGzip(content, { numiterations: 5 }))],
          ];
          for (const [suffix, compressed] of copies)
            if (compressed.length < content.length) await writeFile(path + suffix, compressed);
        }),
      );
    },
  };
}

// Three separate HTML entries so each audience downloads only its own code:
// a participant's phone never loads facilitator or projector code.
export default defineConfig({
  root: clientRoot,
  publicDir: false,
  plugins: [precompress()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: {
      input: {
        participant: resolve(clientRoot, 'participant.html'),
        facilitator: resolve(clientRoot, 'facilitator.html'),
        screen: resolve(clientRoot, 'screen.html'),
        report: resolve(clientRoot, 'report.html'),
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
