import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const CLIENT_DIR = join(process.cwd(), 'dist/client');
/** The participant page's first load, HTML + JS + CSS gzipped, for a cheap phone on mobile data. */
const PARTICIPANT_BUDGET_BYTES = 120 * 1024;

const built = existsSync(join(CLIENT_DIR, 'participant.html'));
if (!built && process.env.CI === 'true') throw new Error('client not built: npm test builds it first');

/** Every file the HTML makes the browser fetch at once: entry script, modulepreloads, stylesheets. */
function firstLoad(page: string): { path: string; text: string }[] {
  const html = readFileSync(join(CLIENT_DIR, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  return [
    { path: page, text: html },
    ...refs.map((ref) => ({ path: ref, text: readFileSync(join(CLIENT_DIR, ref), 'utf8') })),
  ];
}

describe.skipIf(!built)('participant bundle', () => {
  const files = built ? firstLoad('participant.html') : [];

  it(`first load stays under ${PARTICIPANT_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const total = files.reduce((sum, f) => sum + gzipSync(f.text, { level: 9 }).length, 0);
    console.info(`participant first load: ${total} bytes gzipped over ${files.length} files`);
    expect(total).toBeLessThan(PARTICIPANT_BUDGET_BYTES);
  });

  it('carries no facilitator code, no schema library and no chart library', () => {
    const code = files.map((f) => f.text).join('\n');
    expect(code).not.toContain('계정 만들기'); // facilitator setup form
    expect(code).not.toContain('ZodError');
    expect(code).not.toMatch(/chart\.js|recharts|echarts/i);
  });
});
