import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnWidth,
  csvText,
  dateCell,
  displayWidth,
  EMPTY_CELL,
  MAX_COLUMN_WIDTH,
  needsNeutralising,
  numberCell,
  ROWS_SIZED,
  textCell,
} from '../../../shared/export/cells.js';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...TRIGGERS, "'", '가'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
});

describe('formula neutralising', () => {
  it('knows every trigger, ASCII and full-width, only as the first character', () => {
    for (const t of TRIGGERS) {
      expect(needsNeutralising(`${t}1+1`)).toBe(true);
      expect(needsNeutralising(`a${t}`)).toBe(false);
    }
    expect(needsNeutralising('')).toBe(false);
    expect(needsNeutralising("'=1")).toBe(false);
    expect(needsNeutralising('\n=1')).toBe(false);
    expect(csvText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(csvText('＝１＋１')).toBe(`'＝１＋１`);
  });

  it('leaves a text without a trigger unchanged', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        fc.pre(!TRIGGERS.includes(s[0] ?? ''));
        expect(csvText(s)).toBe(s);
      }),
    );
  });

  it('gives the text back when one leading quote is removed, and the result never starts with a trigger', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = csvText(s);
        expect(needsNeutralising(out)).toBe(false);
        if (needsNeutralising(s)) expect(out).toBe(`'${s}`);
        expect(needsNeutralising(s) ? out.slice(1) : out).toBe(s);
      }),
    );
  });
});

describe('date cells', () => {
  it('take a real calendar date only', () => {
    expect(dateCell('2028-02-29')).toEqual({ t: 'date', v: '2028-02-29' });
    for (const bad of ['2027-02-29', '2026-3-1', '2026-03-01T00:00', ''])
      expect(() => dateCell(bad)).toThrow(RangeError);
  });
});

describe('display width', () => {
  it('counts Hangul, jamo, CJK and full-width forms as two, everything else as one', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('취업률')).toBe(6);
    expect(displayWidth('ㄱㅏ')).toBe(4); // compatibility jamo U+3131, U+314F
    expect(displayWidth('\u1100\u1161')).toBe(4); // conjoining jamo, as the brief counts them
    expect(displayWidth('金')).toBe(2);
    expect(displayWidth('「」')).toBe(4); // U+300C, U+300D
    expect(displayWidth('＝１')).toBe(4);
    expect(displayWidth('￦')).toBe(2); // U+FFE6
    expect(displayWidth('ｱ')).toBe(1); // half-width katakana U+FF71, past U+FF60
    expect(displayWidth('취업 3명')).toBe(8);
  });

  it('counts code points, not UTF-16 units', () => {
    expect('😀'.length).toBe(2);
    expect(displayWidth('😀')).toBe(1);
    expect(displayWidth('𠀀')).toBe(1); // CJK extension B, outside the listed ranges
  });

  it('edges of the ranges', () => {
    const w = (cp: number) => displayWidth(String.fromCodePoint(cp));
    for (const [from, to] of [
      [0x1100, 0x11ff],
      [0x3000, 0x303f],
      [0x3130, 0x318f],
      [0x4e00, 0x9fff],
      [0xac00, 0xd7a3],
      [0xff01, 0xff60],
      [0xffe0, 0xffe6],
    ] as const) {
      expect([w(from - 1), w(from), w(to), w(to + 1)]).toEqual([1, 2, 2, 1]);
    }
  });
});

describe('column width', () => {
  it('is the widest of header and values plus two, at most 60', () => {
    expect(columnWidth('이름', [textCell('김하나'), textCell('Lee')])).toBe(8); // 김하나 = 6
    expect(columnWidth('점수 변화', [numberCell(-2.25)])).toBe(11); // header 9
    expect(columnWidth('as of', [dateCell('2026-03-02'), EMPTY_CELL])).toBe(12);
    expect(columnWidth('소감', [textCell('가'.repeat(100))])).toBe(MAX_COLUMN_WIDTH);
    expect(columnWidth('', [])).toBe(2);
  });

  it('sizes a text over several lines by its longest line', () => {
    expect(columnWidth('a', [textCell('짧다\r\n조금 더 긴 줄\n끝')])).toBe(15);
  });

  it('looks at the first 200 values only, and reads no further', () => {
    const values = [...Array<unknown>(ROWS_SIZED)].map(() => textCell('a'));
    let pulled = 0;
    function* rows() {
      for (const v of [...values, textCell('가'.repeat(20))]) {
        pulled++;
        yield v;
      }
    }
    expect(columnWidth('h', rows())).toBe(3);
    expect(pulled).toBeLessThanOrEqual(ROWS_SIZED + 1);
    expect(columnWidth('h', [...values.slice(1), textCell('가'.repeat(20))])).toBe(42);
  });

  it('fits the header and every value (up to 60), and one more value never narrows it', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 10 }), anyText, (header, texts, more) => {
        const w = columnWidth(header, texts.map(textCell));
        expect(w).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
        for (const s of [header, ...texts])
          for (const line of s.split(/\r\n|\r|\n/))
            expect(w).toBeGreaterThanOrEqual(Math.min(MAX_COLUMN_WIDTH, displayWidth(line) + 2));
        expect(columnWidth(header, [...texts, more].map(textCell))).toBeGreaterThanOrEqual(w);
      }),
    );
  });
});
