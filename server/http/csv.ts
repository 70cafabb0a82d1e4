/**
 * RFC 4180 CSV, written here rather than with a library: quoting is a few lines, and what matters
 * more — cells a spreadsheet would run as a formula — no CSV library handles for us anyway.
 */

/** Excel reads a UTF-8 file as the local code page (CP949 in Korea) unless it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

/** A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, or a tab/CR that hides one) starts with `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined by CRLF (RFC 4180), ending with one, after a BOM. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
