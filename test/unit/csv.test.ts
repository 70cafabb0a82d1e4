import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../server/http/csv.js';

describe('CSV cells', () => {
  it('quotes only what RFC 4180 needs quoted', () => {
    expect(csvCell('강점 카드')).toBe('강점 카드');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('1-2')).toBe('1-2');
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${UTF8_BOM}a,b\r\nc,d\r\n`);
  });
});
