import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateCell,
  EMPTY_CELL,
  needsNeutralising,
  numberCell,
  textCell,
  type Cell,
} from '../../shared/export/cells.js';
import { csvField, toCsv, UTF8_BOM } from '../../server/export/csv.js';

/** RFC 4180 read back independently of the writer: quoted fields, doubled quotes, CRLF row ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') throw new Error(`a bare line break outside quotes at ${i}`);
    else field += ch;
  }
  if (field || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}

const read = (rows: Cell[][]) => {
  const csv = toCsv(rows);
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  return parseCsv(csv.slice(UTF8_BOM.length));
};

/** Characters that matter to a spreadsheet or to quoting, mixed with any code point at all. */
const tricky = fc.constantFrom(
  ...['=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', '가', '1'],
  ...['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'],
);
const text = fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });
const number = fc.double({ noNaN: true, noDefaultInfinity: true });
const cell: fc.Arbitrary<Cell> = fc.oneof(
  text.map(textCell),
  number.map(numberCell),
  fc.constant(EMPTY_CELL),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => dateCell(d.toISOString().slice(0, 10))),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 });

describe('CSV fields', () => {
  it('quotes only what RFC 4180 needs quoted', () => {
    expect(csvField(textCell('강점 카드'))).toBe('강점 카드');
    expect(csvField(textCell('a,b'))).toBe('"a,b"');
    expect(csvField(textCell('say "hi"'))).toBe('"say ""hi"""');
    expect(csvField(textCell('two\nlines'))).toBe('"two\nlines"');
  });

  it('keeps a spreadsheet from running a text cell as a formula, full-width signs included', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
      expect(csvField(textCell(`${start}SUM(A1)`)).replace(/^"|"$/g, '')).toBe(`'${start}SUM(A1)`);
    }
    expect(csvField(textCell('1-2'))).toBe('1-2');
    // typed by a person, "-2" is text: prefixed
    expect(csvField(textCell('-2'))).toBe("'-2");
  });

  it('writes numbers, dates and empty cells as they are: a change of −2 stays a number', () => {
    expect(csvField(numberCell(-2))).toBe('-2');
    expect(csvField(numberCell(4.68))).toBe('4.68');
    expect(csvField(numberCell(0))).toBe('0');
    expect(csvField(dateCell('2026-03-02'))).toBe('2026-03-02');
    expect(csvField(EMPTY_CELL)).toBe('');
  });

  it('refuses a number that a spreadsheet would read back as text', () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(() => csvField(numberCell(v))).toThrow(RangeError);
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        [textCell('a'), numberCell(1)],
        [textCell('c'), EMPTY_CELL],
      ]),
    ).toBe(`${UTF8_BOM}a,1\r\nc,\r\n`);
  });

  it('reads back as the same table shape, and no text field starts with a trigger', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const back = read(rows);
        expect(back.map((r) => r.length)).toEqual(rows.map((r) => r.length));
        rows.forEach((r, i) =>
          r.forEach((c, j) => {
            if (c.t !== 'number') expect(needsNeutralising(back[i]![j]!)).toBe(false);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives each text back when one leading quote is removed from a neutralised field', () => {
    fc.assert(
      fc.property(text, (s) => {
        const [[field]] = read([[textCell(s)]]) as [[string]];
        expect(needsNeutralising(s) ? field.slice(1) : field).toBe(s);
        if (needsNeutralising(s)) expect(field[0]).toBe("'");
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips numbers as numbers, never prefixed', () => {
    fc.assert(
      fc.property(number, (v) => {
        const [[field]] = read([[numberCell(v)]]) as [[string]];
        expect(field.startsWith("'")).toBe(false);
        // −0 prints as 0, the same number to a spreadsheet
        expect(Number(field)).toBe(v === 0 ? 0 : v);
      }),
      { numRuns: 500 },
    );
  });
});
