import { Writable } from 'node:stream';
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeXlsx, type XlsxSheet } from '../../../server/export/xlsx.js';
import { STYLE } from '../../../server/export/xlsx-xml.js';
import {
  columnWidth,
  dateCell,
  EMPTY_CELL,
  MAX_COLUMN_WIDTH,
  numberCell,
  textCell,
  type Cell,
} from '../../../shared/export/cells.js';
import { isStorableText } from '../../../shared/protocol/text.js';
import { cellFormats, decodeXstring, sheetCells, writeToBuffer, xlsxParts } from '../../helpers/xlsx.js';

/**
 * The XLSX writer read back by a parser it shares no code with (@e965/xlsx, SheetJS CE; a devDependency
 * that only ever reads our own files), and, where SheetJS keeps no trace (panes, quotePrefix), by the
 * package's XML itself. test/unit/export/xlsx-openpyxl.test.ts reads the same with a second parser.
 */

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

function read(file: Buffer): XLSX.WorkBook {
  return XLSX.read(file, { cellDates: true, cellStyles: true });
}

/** One sheet with a single column, one row per value: how most cases below are written. */
function column(values: readonly Cell[], header = '값'): XlsxSheet {
  return { name: '값', columns: [{ header }], rows: values.map((v) => [v]) };
}

/** The column's values as SheetJS reads them, header excluded; an absent cell is undefined. */
function readColumn(file: Buffer, count: number): unknown[] {
  const ws = read(file).Sheets['값']!;
  return Array.from({ length: count }, (_, i) => ws[`A${i + 2}`]?.v);
}

/** The same column from the sheet XML, each `<t>` decoded as the standard says. */
function rawColumn(file: Buffer, count: number): (string | undefined)[] {
  const cells = sheetCells(xlsxParts(file)['xl/worksheets/sheet1.xml']!);
  return Array.from({ length: count }, (_, i) => {
    const c = cells.get(`A${i + 2}`);
    return c ? decodeXstring(c.raw) : undefined;
  });
}

describe('sheets', () => {
  it('are named as Excel accepts: sanitised, at most 31 units, unique regardless of case', async () => {
    const names = [
      '출석/명단[1]',
      '출석/명단[1]',
      "'인용'",
      'a:b*c?d\\e',
      '',
      'History',
      'Sheet',
      'sheet',
      'x'.repeat(40),
      'x'.repeat(40),
      `${'가'.repeat(30)}😀`,
      'a_x0041_b',
    ];
    const file = await writeToBuffer(names.map((name) => ({ name, columns: [{ header: 'h' }], rows: [] })));
    expect(read(file).SheetNames).toEqual([
      '출석명단1',
      '출석명단1 (2)',
      '인용',
      'abcde',
      'Sheet',
      'History (2)',
      'Sheet (2)',
      'sheet (3)',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
      '가'.repeat(30),
      'ax0041_b',
    ]);
  });

  it('have a bold header row, a frozen pane under it, a filter over the rows and an A4 page fitted to width', async () => {
    const file = await writeToBuffer([
      {
        name: '명단',
        columns: [{ header: '이름' }, { header: '점수' }, { header: '-비고' }],
        rows: [
          [textCell('홍길동'), numberCell(3)],
          [textCell('김철수'), numberCell(4), textCell('메모')],
        ],
      },
    ]);
    const parts = xlsxParts(file);
    const sheet = parts['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:C3"/>');
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(
      /<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/,
    );
    expect(parts['xl/workbook.xml']).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'명단'!$A$1:$C$3</definedName>`,
    );
    const formats = cellFormats(parts['xl/styles.xml']!);
    const cells = sheetCells(sheet);
    expect(formats[cells.get('A1')!.s]!.fontId).toBe('1');
    expect(formats[cells.get('C1')!.s]).toMatchObject({ fontId: '1', quotePrefix: '1' });
    expect(parts['xl/styles.xml']).toMatch(/<font><b\/><sz val="11"\/><name val="맑은 고딕"\/>/);
    expect(parts['xl/styles.xml']).toContain('<cellStyle name="Normal" xfId="0" builtinId="0"/>');
    const ws = read(file).Sheets['명단']!;
    expect(XLSX.utils.sheet_to_json(ws, { header: 1 })).toEqual([
      ['이름', '점수', '-비고'],
      ['홍길동', 3],
      ['김철수', 4, '메모'],
    ]);
  });

  it('size columns for Hangul from the header and the first rows, and keep a width they are given', async () => {
    const hangul = [textCell('홍길동'), textCell('남궁민수')];
    const latin = [textCell('abc'), textCell('abcd')];
    const long = [textCell('가'.repeat(100))];
    const file = await writeToBuffer([
      {
        name: 'w',
        columns: [{ header: '이름' }, { header: 'name' }, { header: '소감' }, { header: 'x', width: 33 }],
        rows: [0, 1].map((i) => [hangul[i]!, latin[i]!, long[i] ?? EMPTY_CELL, EMPTY_CELL]),
      },
    ]);
    const widths = read(file).Sheets['w']!['!cols']!.map((c) => c.width);
    expect(widths).toEqual([columnWidth('이름', hangul), columnWidth('name', latin), MAX_COLUMN_WIDTH, 33]);
    expect(widths[0]).toBe(10); // 남궁민수: 4 syllables × 2 + 2
    expect(widths[1]).toBe(6);
    // Text wider than its column wraps rather than running over the next one.
    const cells = sheetCells(xlsxParts(file)['xl/worksheets/sheet1.xml']!);
    expect(cells.get('C2')!.s).toBe(STYLE.wrapped);
    expect(cells.get('A2')!.s).toBe(STYLE.normal);
  });
});

describe('cells', () => {
  it('write numbers as numbers, never prefixed, and refuse one that is not finite', async () => {
    const values = [-2, 0, 1.5, 1e21, -1e-7, 12345678901];
    const file = await writeToBuffer([column([...values.map(numberCell), textCell('-2')])]);
    const ws = read(file).Sheets['값']!;
    values.forEach((v, i) => expect(ws[`A${i + 2}`]).toMatchObject({ t: 'n', v }));
    expect(ws[`A${values.length + 2}`]).toMatchObject({ t: 's', v: '-2' });
    const cells = sheetCells(xlsxParts(file)['xl/worksheets/sheet1.xml']!);
    values.forEach((_, i) => expect(cells.get(`A${i + 2}`)!.s).toBe(STYLE.normal));
    await expect(writeToBuffer([column([numberCell(Number.NaN)])])).rejects.toThrow(RangeError);
    await expect(writeToBuffer([column([numberCell(Infinity)])])).rejects.toThrow(RangeError);
  });

  it('write dates as Excel serials in the ISO date style, and a date before 1900-03-01 as text', async () => {
    const file = await writeToBuffer([
      column([
        dateCell('2025-03-04'),
        dateCell('1900-03-01'),
        dateCell('2028-02-29'),
        dateCell('1899-12-31'),
      ]),
    ]);
    const parts = xlsxParts(file);
    const cells = sheetCells(parts['xl/worksheets/sheet1.xml']!);
    // 45720: 2025-03-04 in Excel's 1900 system (=DATEVALUE("2025-03-04") in Excel and LibreOffice).
    expect(['A2', 'A3', 'A4'].map((r) => Number(cells.get(r)!.raw))).toEqual([45720, 61, 46812]);
    expect(cellFormats(parts['xl/styles.xml']!)[cells.get('A2')!.s]!.numFmtId).toBe('164');
    expect(parts['xl/styles.xml']).toContain('<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>');
    const ws = read(file).Sheets['값']!;
    expect(ws['A2']).toMatchObject({ t: 'd', w: '2025-03-04' });
    expect((ws['A2']!.v as Date).toISOString()).toBe('2025-03-04T00:00:00.000Z');
    expect((ws['A4']!.v as Date).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(ws['A5']).toMatchObject({ t: 's', v: '1899-12-31' });
  });

  it('keep text that could run as a formula as it is, with the quotePrefix style', async () => {
    const texts = [
      ...TRIGGERS.map((t) => `${t}1+1`),
      '=HYPERLINK("http://x","y")',
      "'=1",
      'a=1',
      '1-2',
      ' =1',
    ];
    const file = await writeToBuffer([column(texts.map(textCell))]);
    const parts = xlsxParts(file);
    const formats = cellFormats(parts['xl/styles.xml']!);
    const cells = sheetCells(parts['xl/worksheets/sheet1.xml']!);
    texts.forEach((text, i) => {
      const cell = cells.get(`A${i + 2}`)!;
      expect(cell.t).toBe('inlineStr');
      expect(formats[cell.s]!.quotePrefix === '1', text).toBe(i < TRIGGERS.length + 1);
    });
    expect(rawColumn(file, texts.length)).toEqual(texts);
    // SheetJS turns CRLF into LF but keeps a lone CR; no text here has CRLF.
    expect(readColumn(file, texts.length)).toEqual(texts);
  });

  it('carry CR as _x000D_ and a literal _xHHHH_ as _x005F_xHHHH_, and read back unchanged', async () => {
    const texts = [
      'a\rb',
      'a\r\nb',
      'a\nb\tc',
      '_x0041_',
      '_x005F_x0041_',
      '__x0041__',
      '_X00e9_',
      '_x12_',
      '& <b> "q"',
    ];
    const file = await writeToBuffer([column(texts.map(textCell))]);
    const sheet = xlsxParts(file)['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('a_x000D_b');
    expect(sheet).toContain('_x005F_x005F_x005F_x0041_');
    expect(sheet).not.toMatch(/\r/);
    expect(rawColumn(file, texts.length)).toEqual(texts);
    // SheetJS's reader turns CRLF into LF (its unescapexml(text, xlsx)); every other character comes back.
    expect(readColumn(file, texts.length)).toEqual(texts.map((t) => t.replaceAll('\r\n', '\n')));
  });

  it('escape other control characters the same way, should one ever get past text()', async () => {
    const texts = ['a\u0001b', 'c\u001Fd', 'del\u007F', 'c1\u0085'];
    const file = await writeToBuffer([column(texts.map(textCell))]);
    expect(xlsxParts(file)['xl/worksheets/sheet1.xml']).toContain('a_x0001_b');
    expect(rawColumn(file, texts.length)).toEqual(texts);
    expect(readColumn(file, texts.length)).toEqual(texts);
  });

  it('drop the characters XML cannot carry (U+FFFE, U+FFFF, lone surrogates) and keep everything else', async () => {
    const texts = [
      'a\uFFFEb\uFFFFc',
      'x\uD800y',
      'x\uDC00y',
      '\uD800\uD83D\uDE00\uDC00',
      '\uFFFE',
      '\uFFFE=1',
    ];
    const file = await writeToBuffer([column(texts.map(textCell))]);
    expect(readColumn(file, texts.length)).toEqual(['abc', 'xy', 'xy', '😀', undefined, '=1']);
    // What is written is what is neutralised: "=1" gets the prefix however it was stored.
    expect(sheetCells(xlsxParts(file)['xl/worksheets/sheet1.xml']!).get('A7')!.s).toBe(STYLE.quoted);
  });

  it('leave empty cells and empty text out', async () => {
    const file = await writeToBuffer([
      {
        name: 'e',
        columns: [{ header: 'a' }, { header: 'b' }, { header: 'c' }],
        rows: [[EMPTY_CELL, textCell(''), numberCell(1)]],
      },
    ]);
    const ws = read(file).Sheets['e']!;
    expect([ws['A2'], ws['B2'], ws['C2']?.v]).toEqual([undefined, undefined, 1]);
  });

  it('escapes a literal _xHHHH before a carriage return, whose escape would close it (found by the property below)', async () => {
    const texts = ['_x005F\r', 'a_x0041\r\nb'];
    const file = await writeToBuffer([column(texts.map(textCell))]);
    expect(rawColumn(file, texts.length)).toEqual(texts);
  });

  it('round-trip any text the app can store, but for the characters XML cannot carry', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '_x0041_',
        '_x000D_',
        '_x',
        '_',
        'x',
        '005F',
        '\r',
        '\n',
        '\r\n',
        '\t',
        ' ',
        '&',
        '<',
        '>',
        '"',
        "'",
      ),
      fc.constantFrom(...TRIGGERS, '가', '😀', '\uFFFE', '\uFFFF', '\uD800', '\uDC00'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    const storable = fc
      .array(piece, { maxLength: 12 })
      .map((p) => p.join(''))
      .filter(isStorableText);
    await fc.assert(
      fc.asyncProperty(fc.array(storable, { minLength: 1, maxLength: 20 }), async (texts) => {
        const file = await writeToBuffer([column(texts.map(textCell))]);
        const expected = texts.map((t) => t.replace(/[\uFFFE\uFFFF]/g, '') || undefined);
        expect(rawColumn(file, texts.length)).toEqual(expected);
        expect(readColumn(file, texts.length)).toEqual(expected.map((t) => t?.replaceAll('\r\n', '\n')));
      }),
      { numRuns: 60 },
    );
  });
});

describe.each([
  ['on this thread', { worker: false }],
  ['in a worker', { worker: true }],
])('failures, %s', (_, options) => {
  it('refuse a row longer than the columns and a workbook without sheets', async () => {
    await expect(
      writeToBuffer(
        [{ name: 'a', columns: [{ header: 'a' }], rows: [[numberCell(1), numberCell(2)]] }],
        options,
      ),
    ).rejects.toThrow(RangeError);
    await expect(writeToBuffer([column([numberCell(NaN)])], options)).rejects.toThrow(/must be finite/);
    await expect(writeToBuffer([], options)).rejects.toThrow(/at least one sheet/);
  });

  it('destroy the output when the rows fail, so no truncated file is ended as a whole one', async () => {
    const out = new Writable({ write: (_chunk, _encoding, done) => done() });
    async function* rows() {
      for (let i = 0; i < 500; i++) yield [numberCell(i)];
      throw new Error('the store went away');
    }
    await expect(
      writeXlsx([{ name: 'a', columns: [{ header: 'n' }], rows: rows() }], out, options),
    ).rejects.toThrow('the store went away');
    expect(out.destroyed).toBe(true);
    expect(out.writableFinished).toBe(false);
  });

  it('stop reading rows when the output closes early (a cancelled download)', async () => {
    let pulled = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write() {
        // The client goes away after the first bytes, leaving this write unfinished.
        setImmediate(() => out.destroy());
      },
    });
    function* rows() {
      for (let i = 0; i < 1_000_000; i++, pulled++) yield [textCell(`행 ${i}`), numberCell(i)];
    }
    await expect(
      writeXlsx([{ name: 'a', columns: [{ header: 't' }, { header: 'n' }], rows: rows() }], out, options),
    ).rejects.toThrow(/closed before/);
    expect(pulled).toBeLessThan(100_000);
  });
});
