import { csvText, type Cell } from '../../shared/export/cells.js';

/**
 * RFC 4180 CSV, written here rather than with a library: quoting is a few lines, and what matters
 * more — cells a spreadsheet would run as a formula — no CSV library handles for us anyway.
 */

/** Excel reads a UTF-8 file as the local code page (CP949 in Korea) unless it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 quoting: a field with a quote, comma or line break is quoted, its quotes doubled. */
function quoted(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * One field. Text is neutralised (shared/export/cells.ts); a number is written as JavaScript prints it,
 * which a spreadsheet reads back as the same number — a negative one included, so it is never prefixed.
 */
export function csvField(cell: Cell): string {
  switch (cell.t) {
    case 'text':
      return quoted(csvText(cell.v));
    case 'number':
      // NaN or Infinity would be read back as text: a figure that is not a number is a dataset bug.
      if (!Number.isFinite(cell.v)) throw new RangeError(`a number cell must be finite, got ${cell.v}`);
      return String(cell.v);
    case 'date':
      return cell.v;
    case 'empty':
      return '';
  }
}

/** Rows joined by CRLF (RFC 4180), ending with one, after a BOM. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
