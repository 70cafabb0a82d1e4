import type { Writable } from 'node:stream';
import { EMPTY_CELL, textCell, type Cell } from '../../shared/export/cells.js';
import type { ExportFormat } from '../../shared/export/views.js';
import { csvField, UTF8_BOM } from './csv.js';
import type { DatasetColumn, DatasetSheet } from './datasets.js';
import { writeXlsx } from './xlsx.js';
import { Output } from './xlsx-output.js';

/**
 * A dataset's sheets into a file on `out`: XLSX as they are (xlsx.ts), CSV as one table (§7.2:
 * UTF-8 with BOM, CRLF, a write per 500 rows, `drain` respected). Counts the data rows written, for
 * the download log. On a failure `out` is destroyed, so a cut file never ends as if whole.
 */
export async function writeExport(
  sheets: readonly DatasetSheet[],
  format: ExportFormat,
  out: Writable,
  options: { worker: boolean },
): Promise<number> {
  let rows = 0;
  const counted = (sheet: DatasetSheet): AsyncIterable<readonly Cell[]> => ({
    async *[Symbol.asyncIterator]() {
      for await (const row of sheet.rows) {
        rows++;
        yield row;
      }
    },
  });
  if (format === 'xlsx') {
    await writeXlsx(
      sheets.map((s) => ({
        name: s.name,
        columns: s.columns.map((c) => ({ header: c.header })),
        rows: counted(s),
      })),
      out,
      { worker: options.worker },
    );
    return rows;
  }
  const table = sheets.filter((s) => !s.xlsxOnly);
  const columns = unionColumns(table);
  const output = new Output(out);
  try {
    output.write(Buffer.from(UTF8_BOM + line(columns.map((c) => textCell(c.header)))));
    let batch = '';
    let inBatch = 0;
    for (const sheet of table) {
      const at = sheet.columns.map((c) => columns.findIndex((u) => u.key === c.key));
      for await (const row of counted(sheet)) {
        const cells: Cell[] = columns.map(() => EMPTY_CELL);
        row.forEach((cell, i) => (cells[at[i]!] = cell));
        batch += line(cells);
        if (++inBatch >= CSV_BATCH_ROWS) {
          output.write(Buffer.from(batch));
          batch = '';
          inBatch = 0;
          await output.room();
        }
      }
    }
    output.write(Buffer.from(batch));
    await output.end();
  } catch (error) {
    out.destroy();
    throw error;
  }
  return rows;
}

const CSV_BATCH_ROWS = 500;

const line = (cells: readonly Cell[]) => cells.map(csvField).join(',') + '\r\n';

/** Every sheet's columns once, by key, in the order they first appear. */
export function unionColumns(sheets: readonly DatasetSheet[]): DatasetColumn[] {
  const seen = new Map<string, DatasetColumn>();
  for (const sheet of sheets) for (const c of sheet.columns) if (!seen.has(c.key)) seen.set(c.key, c);
  return [...seen.values()];
}
