import { isValidDate } from '../program/dates.js';

/**
 * The cells of an exported table (CSV now, XLSX later), shared by every writer so that both neutralise
 * the same text and both size columns for Hangul the same way.
 */

/**
 * One cell. A number is a `number` cell so a spreadsheet can sum it ("numbers stay numbers"); anything a
 * person typed is `text`, even when it looks like a number ("-2" in a free answer), because only text is
 * ever neutralised. A `date` is a calendar date ('YYYY-MM-DD') in the center's time zone.
 */
export type Cell =
  { t: 'text'; v: string } | { t: 'number'; v: number } | { t: 'date'; v: string } | { t: 'empty' };

export const textCell = (v: string): Cell => ({ t: 'text', v });
export const numberCell = (v: number): Cell => ({ t: 'number', v });
/** A calendar date, 'YYYY-MM-DD'; anything else is a bug in the dataset, refused here rather than exported. */
export function dateCell(v: string): Cell {
  if (!isValidDate(v)) throw new RangeError(`a date cell takes YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return { t: 'date', v };
}
export const EMPTY_CELL: Cell = { t: 'empty' };

/**
 * First characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`), or hide one
 * (a tab or carriage return, which some importers drop before looking at the next character). The
 * full-width forms are there because a Korean IME types them as easily as the ASCII ones and some
 * spreadsheets take them for those: a harmless one neutralised costs a visible `'`, a live one missed
 * costs a formula.
 */
const FORMULA_TRIGGERS = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D', // ＝
  '\uFF0B', // ＋
  '\uFF0D', // －
  '\uFF20', // ＠
]);

/** True when a spreadsheet could take this text for a formula. */
export function needsNeutralising(s: string): boolean {
  return s.length > 0 && FORMULA_TRIGGERS.has(s[0]!);
}

/**
 * The text as CSV should carry it: a leading `'` when it could run as a formula. Excel shows the `'`
 * in a CSV cell (CSV has no quotePrefix style, unlike XLSX), which is the price of never running it;
 * removing that one character gives the text back.
 */
export function csvText(s: string): string {
  return needsNeutralising(s) ? `'${s}` : s;
}

/**
 * Code points Excel and a terminal draw two columns wide: Hangul (syllables, jamo, compatibility jamo),
 * CJK ideographs, CJK punctuation and full-width forms. Everything else counts one. This is not the
 * full East Asian Width table, only the ranges Korean text uses; a column a little too wide or narrow
 * for a rarer script is harmless.
 */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], // Hangul jamo
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3130, 0x318f], // Hangul compatibility jamo
  [0x4e00, 0x9fff], // CJK unified ideographs (한자 in names and places)
  [0xac00, 0xd7a3], // Hangul syllables
  [0xff01, 0xff60], // full-width ASCII forms
  [0xffe0, 0xffe6], // full-width signs (￦, ￥, …)
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Columns the text takes, counting code points (an emoji's surrogate pair is one, not two). */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** Excel's column width unit is one narrow character; wider than this, text wraps instead. */
export const MAX_COLUMN_WIDTH = 60;
/** Columns are sized from the first rows only, so a writer can size them before streaming the rest. */
export const ROWS_SIZED = 200;
/** Room either side of the widest value, so text does not touch the grid line. */
const COLUMN_PADDING = 2;

/** How a cell reads on screen, for sizing its column (not how a writer stores it). */
function shownText(cell: Cell): string {
  switch (cell.t) {
    case 'text':
    case 'date':
      return cell.v;
    case 'number':
      return String(cell.v);
    case 'empty':
      return '';
  }
}

/**
 * A column's width in Excel's character units: the widest of the header and the first ROWS_SIZED
 * values, plus padding, at most MAX_COLUMN_WIDTH. A value over several lines is as wide as its
 * longest line, since each line is drawn on its own.
 */
export function columnWidth(header: string, values: Iterable<Cell>): number {
  const widest = (s: string) => Math.max(...s.split(/\r\n|\r|\n/).map(displayWidth));
  let width = widest(header);
  let seen = 0;
  for (const cell of values) {
    if (seen++ >= ROWS_SIZED) break;
    width = Math.max(width, widest(shownText(cell)));
  }
  return Math.min(MAX_COLUMN_WIDTH, width + COLUMN_PADDING);
}
