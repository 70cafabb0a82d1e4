import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { XlsxSheet } from '../../../server/export/xlsx.js';
import { columnWidth, dateCell, EMPTY_CELL, numberCell, textCell } from '../../../shared/export/cells.js';
import { isStorableText } from '../../../shared/protocol/text.js';
import { writeToBuffer } from '../../helpers/xlsx.js';

/**
 * The second, independent reader (design §7.1): Debian's python3-openpyxl, through
 * test/helpers/read-xlsx.py. Debian's own python3, because the `python3` first on a developer's PATH
 * may be a pyenv shim that does not see Debian's packages. CI installs the package (.ci/run) and must
 * run this; elsewhere it is skipped with a message when openpyxl is missing.
 */
const PYTHON = '/usr/bin/python3';
const READER = join(import.meta.dirname, '../../helpers/read-xlsx.py');

function openpyxlMissing(): string | null {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'pipe' });
    return null;
  } catch {
    return `${PYTHON} cannot import openpyxl (apt-get install python3-openpyxl)`;
  }
}
const missing = openpyxlMissing();
if (missing && process.env.CI === 'true') throw new Error(`openpyxl is required under CI=true: ${missing}`);
if (missing) console.warn(`Skipping the openpyxl reader: ${missing}`);

type Value = { s: string } | { n: number } | { d: string } | null;
interface ReadCell {
  v: Value;
  quotePrefix: boolean;
  format: string;
  bold: boolean;
  wrap: boolean;
}
interface ReadSheet {
  name: string;
  freeze: string | null;
  autoFilter: string | null;
  widths: Record<string, number>;
  paperSize: number;
  orientation: string;
  fitToWidth: number;
  fitToPage: boolean;
  rows: ReadCell[][];
}
interface ReadBook {
  warnings: string[];
  sheets: ReadSheet[];
}

const dir = mkdtempSync(join(tmpdir(), 'moim-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Written the default way (in the worker), read by openpyxl. */
async function readBack(sheets: XlsxSheet[]): Promise<ReadBook> {
  const path = join(dir, `book-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(path, await writeToBuffer(sheets, { worker: true }));
  return JSON.parse(execFileSync(PYTHON, [READER, path], { encoding: 'utf8' })) as ReadBook;
}

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe.skipIf(missing !== null)('XLSX read by openpyxl', () => {
  it('reads names, the header, the pane, the filter, the page, widths and typed cells', async () => {
    const book = await readBack([
      {
        name: '출석/명단',
        columns: [
          { header: '이름' },
          { header: 'name' },
          { header: '점수' },
          { header: '날짜' },
          { header: '-메모' },
        ],
        rows: [
          [textCell('남궁민수'), textCell('abcd'), numberCell(-2), dateCell('2025-03-04'), textCell('=1+1')],
          [textCell('홍길동'), EMPTY_CELL, numberCell(1.5), dateCell('1899-12-31'), textCell('-2')],
        ],
      },
      { name: '출석/명단', columns: [{ header: 'h' }], rows: [] },
    ]);
    expect(book.warnings).toEqual([]);
    const [first, second] = book.sheets;
    expect([first!.name, second!.name]).toEqual(['출석명단', '출석명단 (2)']);
    expect(first).toMatchObject({
      freeze: 'A2',
      autoFilter: 'A1:E3',
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToPage: true,
    });
    expect(first!.widths.A).toBe(columnWidth('이름', [textCell('남궁민수'), textCell('홍길동')]));
    expect(first!.widths.A).toBeGreaterThan(first!.widths.B!);
    expect(first!.rows.map((row) => row.map((c) => c.v))).toEqual([
      [{ s: '이름' }, { s: 'name' }, { s: '점수' }, { s: '날짜' }, { s: '-메모' }],
      [{ s: '남궁민수' }, { s: 'abcd' }, { n: -2 }, { d: '2025-03-04' }, { s: '=1+1' }],
      [{ s: '홍길동' }, null, { n: 1.5 }, { s: '1899-12-31' }, { s: '-2' }],
    ]);
    expect(first!.rows[0]!.map((c) => c.bold)).toEqual([true, true, true, true, true]);
    expect(first!.rows[0]![4]!.quotePrefix).toBe(true);
    expect(first!.rows[1]!.map((c) => c.quotePrefix)).toEqual([false, false, false, false, true]);
    expect(first!.rows[2]!.map((c) => c.quotePrefix)).toEqual([false, false, false, false, true]);
    expect(first!.rows[1]![3]!.format).toBe('yyyy\\-mm\\-dd');
  });

  it('gives back every storable text exactly, quote-prefixed where it could run, but the characters XML cannot carry', async () => {
    const piece = fc.oneof(
      fc.constantFrom('_x0041_', '_x000D_', '_X00e9_', '_x', '_', 'x', '005F', '\r', '\n', '\r\n', '\t', ' '),
      fc.constantFrom('&', '<', '>', '"', "'", ...TRIGGERS, '가', '😀', '\uFFFE', '\uFFFF'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    const storable = fc
      .array(piece, { maxLength: 12 })
      .map((p) => p.join(''))
      .filter(isStorableText);
    const fixed = ['a\rb', 'a\r\nb', '_x005F_x0041_', '\uFFFE=1', ...TRIGGERS.map((t) => `${t}SUM(A1)`)];
    const texts = [...fixed, ...fc.sample(storable, { numRuns: 400, seed: 11 })];
    const book = await readBack([
      { name: 't', columns: [{ header: 't' }], rows: texts.map((t) => [textCell(t)]) },
    ]);
    const read = book.sheets[0]!.rows.slice(1).map((row) => row[0]);
    texts.forEach((text, i) => {
      const written = text.replace(/[\uFFFE\uFFFF]/g, '');
      const cell = read[i];
      if (written === '') return expect(cell?.v ?? null, JSON.stringify(text)).toBeNull();
      expect(cell!.v, JSON.stringify(text)).toEqual({ s: written });
      expect(cell!.quotePrefix, JSON.stringify(text)).toBe(TRIGGERS.includes(written[0]!));
    });
  });
});
