import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Cell } from '../../shared/export/cells.js';
import { XlsxBook, type XlsxColumn } from './xlsx-book.js';
import { Output, type BookSink } from './xlsx-output.js';
import { WorkerSink } from './xlsx-thread.js';

/**
 * XLSX exports, streamed (design §7.1): sheets and their rows are read as they come, turned into
 * SpreadsheetML and deflated piece by piece into the writable, whose backpressure is respected. Nothing
 * holds a sheet: only the first rows of each (for its column widths) and a batch or two in flight.
 */

export type { XlsxColumn } from './xlsx-book.js';

export interface XlsxSheet {
  /** Sanitised for Excel and made unique in the workbook (xlsx-package.ts, SheetNames). */
  name: string;
  columns: readonly XlsxColumn[];
  /** Each row's cells in column order; a shorter row leaves its last columns empty. */
  rows: AsyncIterable<readonly Cell[]> | Iterable<readonly Cell[]>;
}

export interface WriteXlsxOptions {
  /**
   * Build and deflate in a worker thread (the default), so the main thread only reads rows and writes
   * chunks: at the bench's shape it was busy ~0.4–1.1 s of a ~2.2 s export instead of all of it, at
   * the same speed once the worker is warm (xlsx-thread.ts keeps one). False runs the same book on this
   * thread: for tests, and for a file too small to be worth a worker's first start (~0.5 s).
   */
  worker?: boolean;
}

/**
 * Writes the workbook and ends `out`. On any failure — a row the writer refuses, the rows' source
 * throwing, `out` closing or failing — `out` is destroyed, so a truncated file is never ended as if
 * it were whole (a ZIP without its central directory does not open), and the promise rejects.
 */
export async function writeXlsx(
  sheets: AsyncIterable<XlsxSheet> | Iterable<XlsxSheet>,
  out: Writable,
  { worker = true }: WriteXlsxOptions = {},
): Promise<void> {
  const output = new Output(out);
  const sink: BookSink = worker ? new WorkerSink(output) : new InProcessSink(output);
  try {
    for await (const sheet of sheets) {
      sink.startSheet(sheet.name, sheet.columns);
      let batch: (readonly Cell[])[] = [];
      for await (const row of sheet.rows) {
        batch.push(row);
        if (batch.length >= sink.batchRows) {
          await sink.addRows(batch);
          batch = [];
        }
      }
      await sink.addRows(batch);
      sink.endSheet();
    }
    await sink.finish();
    await output.end();
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    sink.close();
  }
}

/**
 * The book on the calling thread, 100 rows at a time with a turn of the event loop between batches, so
 * a live room on the process waits for one batch at most, not for the file.
 */
class InProcessSink implements BookSink {
  readonly batchRows = 100;
  private readonly book: XlsxBook;

  constructor(private readonly output: Output) {
    this.book = new XlsxBook((chunk) => output.write(chunk));
  }

  startSheet(name: string, columns: readonly XlsxColumn[]): void {
    this.book.startSheet(name, columns);
  }

  async addRows(rows: readonly (readonly Cell[])[]): Promise<void> {
    this.book.addRows(rows);
    await this.output.room();
    await nextTurn();
  }

  endSheet(): void {
    this.book.endSheet();
  }

  async finish(): Promise<void> {
    this.book.finish();
  }

  close(): void {}
}
