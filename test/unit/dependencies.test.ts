import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The realtime stack must stay clear of its published advisories: socket.io-parser < 4.2.4
 * (GHSA-cqmj-92xf-r6r9), engine.io < 6.5.5 (GHSA-q9mw-68c2-j6m5 and earlier), ws < 8.17.1
 * (GHSA-3h5v-q93c-6h6q). The copies the server loads are checked, wherever npm placed them.
 */
const MINIMUMS: Record<string, string> = {
  'socket.io-parser': '4.2.4',
  'engine.io': '6.5.5',
  ws: '8.17.1',
};

function atLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

function installedVersion(name: string, from: string): string {
  const require = createRequire(from);
  const entry = require.resolve(name);
  let dir = dirname(entry);
  while (!dir.endsWith(join('node_modules', name))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('dependency versions', () => {
  const root = join(process.cwd(), 'package.json');
  const socketIo = createRequire(root).resolve('socket.io');
  const cases: [string, string][] = [
    ['socket.io-parser', socketIo],
    ['engine.io', socketIo],
    ['ws', createRequire(socketIo).resolve('engine.io')],
  ];
  for (const [name, from] of cases) {
    it(`${name} is at least ${MINIMUMS[name]}`, () => {
      expect(atLeast(installedVersion(name, from), MINIMUMS[name]!)).toBe(true);
    });
  }
});
