import { needsNeutralising, displayWidth, type Cell } from '../../shared/export/cells.js';
import { daysBetween } from '../../shared/program/dates.js';

/**
 * The SpreadsheetML text of an XLSX workbook, as pure string functions (design §7.1, §7.3): no state,
 * no zip, so the writer can run them on the main thread or in a worker alike, and tests can read them.
 */

/** Excel's hard limits: past them it drops rows or refuses the file, so a writer must stop first. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel refuses a column wider than 255 characters. */
export const MAX_EXPLICIT_WIDTH = 255;

/** Indices into `cellXfs` of styles.xml (xlsx-package.ts writes them in this order); tests read them too. */
export const STYLE = {
  normal: 0,
  header: 1,
  quoted: 2,
  date: 3,
  headerQuoted: 4,
  wrapped: 5,
  wrappedQuoted: 6,
} as const;

/** A, B, …, Z, AA, … for a zero-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Characters XML 1.0 cannot carry at all: U+FFFE, U+FFFF and surrogates not in a pair. A file holding one
 * does not open, so they are dropped (the only change made to stored text; `text()` refuses lone
 * surrogates already, so in practice only the two non-characters are ever dropped).
 */
export const UNWRITABLE =
  /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * A literal `_xHHHH_` would be decoded by Excel as the character HHHH, so its underscore is written as
 * `_x005F_` (the escape for `_` itself). The lookahead finds overlapping ones too: in `_x005F_x0041_` both
 * underscores start an escape, and escaping only the first would read back as `_x005FA`. `_X…_` is
 * escaped as well: SheetJS decodes it, and an escape no reader needed still reads back as the text.
 */
// Also before a control character, which is written as `_xHHHH_` below and would supply the closing
// underscore: `_x005F` + CR is `_x005F_x000D_` on paper, read back as `_x000D_` unless escaped.
export const LITERAL_ESCAPE = /_(?=[xX][0-9A-Fa-f]{4}(?:_|(?![\t\n])\p{Cc}))/gu;
/**
 * Control characters other than tab and line feed. A carriage return is the one that reaches here
 * (`text()` keeps it): an XML parser turns a literal CR into LF, so it is written `_x000D_`, which Excel
 * decodes. The other C0 controls are not XML characters, and DEL and C1 are discouraged; `text()`
 * refuses them all, but escaping costs nothing and keeps a file readable if one ever slips through.
 */
const CONTROL = /(?![\t\n])\p{Cc}/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Most cells have none of these; testing first skips four regex replaces per cell (`\p{Cs}`: a lone surrogate). */
const NEEDS_WORK = /[&<>"_\uFFFE\uFFFF]|(?![\t\n])\p{Cc}|\p{Cs}/u;

/** Text as the content of a `<t>` (or an attribute value): escaped so every reader gets the text back. */
export function xmlText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s
    .replace(UNWRITABLE, '')
    .replace(LITERAL_ESCAPE, '_x005F_')
    .replace(/[&<>"]/g, (c) => ENTITY[c]!)
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/**
 * Excel counts days from 1899-12-30 (its 1900 system, with the phantom 1900-02-29), so the serial is
 * right from 1900-03-01 on; an earlier date has no serial that shows as itself, and is written as text.
 */
const FIRST_SERIAL_DATE = '1900-03-01';
export function excelSerial(date: string): number | null {
  return date < FIRST_SERIAL_DATE ? null : daysBetween('1899-12-30', date);
}

function textCellXml(ref: string, v: string, style: number): string {
  const s = style === STYLE.normal ? '' : ` s="${style}"`;
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

/** The text without the characters XML cannot carry; an empty result is written as no cell at all. */
function writable(s: string): string {
  return s.replace(UNWRITABLE, '');
}

/**
 * One data cell. Numbers are `n` cells and never prefixed; dates are serials with the date style, so
 * they sort, filter and subtract as dates; text is an inline string (no shared-string table to hold in
 * memory), with the `quotePrefix` style when it could read as a formula: its characters stay as they
 * are, and Excel keeps it text even when the cell is edited. `wrapAt` is the column's width: text that
 * could be wider, or has a line break, wraps (Excel shows a line break only in a wrapping cell).
 */
export function cellXml(ref: string, cell: Cell, wrapAt: number): string {
  switch (cell.t) {
    case 'empty':
      return '';
    case 'number':
      // NaN or Infinity are no xsd:double Excel reads: a figure that is not a number is a dataset bug.
      if (!Number.isFinite(cell.v)) throw new RangeError(`a number cell must be finite, got ${cell.v}`);
      return `<c r="${ref}"><v>${cell.v}</v></c>`;
    case 'date': {
      const serial = excelSerial(cell.v);
      return serial === null
        ? textCellXml(ref, cell.v, STYLE.normal)
        : `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
    }
    case 'text': {
      // Decided on the text as written: "\uFFFE=1" is written "=1", and must be quote-prefixed.
      const v = writable(cell.v);
      // An empty string reads back as an empty cell in every reader, so none is written.
      if (v === '') return '';
      const quoted = needsNeutralising(v);
      const wraps = /[\n\r]/.test(v) || (v.length * 2 > wrapAt - 2 && displayWidth(v) > wrapAt - 2);
      if (wraps) return textCellXml(ref, v, quoted ? STYLE.wrappedQuoted : STYLE.wrapped);
      return textCellXml(ref, v, quoted ? STYLE.quoted : STYLE.normal);
    }
  }
}

/** A header cell: bold, and quote-prefixed like any text that could read as a formula. */
export function headerCellXml(ref: string, header: string): string {
  const v = writable(header);
  if (v === '') return '';
  return textCellXml(ref, v, needsNeutralising(v) ? STYLE.headerQuoted : STYLE.header);
}

/** `columns` are the names from columnName, computed once per sheet rather than per cell. */
export function rowXml(
  rowNumber: number,
  cells: readonly Cell[],
  columns: readonly string[],
  widths: readonly number[],
): string {
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < cells.length; i++) xml += cellXml(`${columns[i]!}${rowNumber}`, cells[i]!, widths[i]!);
  return `${xml}</row>`;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * The start of a worksheet up to `<sheetData>`: fit-to-page (without `pageSetUpPr` Excel ignores
 * `fitToWidth`), the header row frozen, and the column widths.
 */
export function sheetHead(widths: readonly number[], selected: boolean): string {
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

/** The filter over the header and every row written; null for a sheet without columns. */
export function filterRange(columnCount: number, rowCount: number): string | null {
  return columnCount === 0 ? null : `$A$1:$${columnName(columnCount - 1)}$${rowCount}`;
}

/**
 * The end of a worksheet: the header's filter, and printing on A4 landscape (paperSize 9) fitted to one
 * page wide, as many pages tall as needed — a 30-column instrument sheet is unreadable in portrait.
 */
export function sheetTail(columnCount: number, rowCount: number): string {
  const range = filterRange(columnCount, rowCount);
  return (
    '</sheetData>' +
    (range ? `<autoFilter ref="${range.replaceAll('$', '')}"/>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}
