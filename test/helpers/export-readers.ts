import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';

/**
 * Exported files read back independently of the writers, for the exports' tests: XLSX by SheetJS
 * (@e965/xlsx) and by openpyxl (test/helpers/read-xlsx.py, Debian's python3), CSV by a few lines of
 * RFC 4180. Both XLSX readers give cells in one shape, so a test compares them with each other and
 * with what was stored.
 */
export type Value = { s: string } | { n: number } | { d: string } | null;
export interface ReadSheet {
  name: string;
  rows: Value[][];
  /** openpyxl only: each cell's quotePrefix (a neutralised text), same layout as `rows`. */
  quotePrefix?: boolean[][];
}

const PYTHON = '/usr/bin/python3';
const READER = join(import.meta.dirname, 'read-xlsx.py');

export function openpyxlMissing(): string | null {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'pipe' });
    return null;
  } catch {
    return `${PYTHON} cannot import openpyxl (apt-get install python3-openpyxl)`;
  }
}

/** Excel's day 0 for serials after 1900-03-01 (the writer's dates are all after it). */
const EPOCH = Date.UTC(1899, 11, 30);

export function readWithSheetJs(file: Uint8Array): ReadSheet[] {
  const book = XLSX.read(file, { cellNF: true });
  return book.SheetNames.map((name) => {
    const ws = book.Sheets[name]!;
    const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
    const rows: Value[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: Value[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (!cell || cell.v === undefined) row.push(null);
        else if (cell.f) throw new Error(`a formula in ${name}!${XLSX.utils.encode_cell({ r, c })}`);
        else if (cell.t === 'n' && /y/.test(String(cell.z ?? '')))
          row.push({ d: new Date(EPOCH + Number(cell.v) * 86_400_000).toISOString().slice(0, 10) });
        else if (cell.t === 'n') row.push({ n: Number(cell.v) });
        else row.push({ s: String(cell.v) });
      }
      rows.push(row);
    }
    return { name, rows };
  });
}

interface PyCell {
  v: Value;
  quotePrefix: boolean;
}

export function readWithOpenpyxl(file: Uint8Array): ReadSheet[] {
  const dir = mkdtempSync(join(tmpdir(), 'moim-export-'));
  try {
    const path = join(dir, 'file.xlsx');
    writeFileSync(path, file);
    const book = JSON.parse(execFileSync(PYTHON, [READER, path], { encoding: 'utf8' })) as {
      warnings: string[];
      sheets: { name: string; rows: PyCell[][] }[];
    };
    if (book.warnings.length > 0) throw new Error(`openpyxl warned: ${book.warnings.join('; ')}`);
    return book.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) => r.map((c) => c.v)),
      quotePrefix: s.rows.map((r) => r.map((c) => c.quotePrefix)),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 4180: quoted fields with doubled quotes, CRLF between records; the BOM must be there. */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('a CSV export must start with a BOM');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.slice(1);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('a CSV export must end with CRLF');
  return rows;
}

/** A sheet's data rows as objects by header (the header row is text). */
export function records<T>(rows: T[][], header: (v: T) => string): Record<string, T>[] {
  const [head, ...body] = rows;
  const names = (head ?? []).map(header);
  return body.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i]!])));
}
