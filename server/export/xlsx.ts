import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Cell } from '../../shared/export/cells.js';
import { XlsxBook, type XlsxColumn } from './xlsx-book.js';

/**
 * XLSX exports, streamed (design §7.1): sheets and their rows are read as they come, turned into
 * SpreadsheetML and deflated piece by piece into the writable, whose backpressure is respected. Nothing
 * holds a sheet: only the first rows of each (for its column widths) and a batch or two in flight.
 */

export type { XlsxColumn } from './xlsx-book.js';

export interface XlsxSheet {
  /** Sanitised for Excel and made unique in the workbook (xlsx-xml.ts, SheetNames). */
  name: string;
  columns: readonly XlsxColumn[];
  /** Each row's cells in column order; a shorter row leaves its last columns empty. */
  rows: AsyncIterable<readonly Cell[]> | Iterable<readonly Cell[]>;
}

/**
 * Writes the workbook and ends `out`. On any failure — a row the writer refuses, the rows' source
 * throwing, `out` closing or failing — `out` is destroyed, so a truncated file is never ended as if
 * it were whole (a ZIP without its central directory does not open), and the promise rejects.
 */
export async function writeXlsx(
  sheets: AsyncIterable<XlsxSheet> | Iterable<XlsxSheet>,
  out: Writable,
): Promise<void> {
  const output = new Output(out);
  const sink = new InProcessSink(output);
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
    sink.abort();
    out.destroy();
    throw error;
  }
}

/** Where rows go: a book on this thread, or (xlsx-worker.ts) one in a worker. */
export interface BookSink {
  /** Rows per `addRows`: the work done between two turns of the event loop. */
  readonly batchRows: number;
  startSheet(name: string, columns: readonly XlsxColumn[]): void;
  /** Resolves when the next batch may be sent (the output has room). */
  addRows(rows: readonly (readonly Cell[])[]): Promise<void>;
  endSheet(): void;
  /** Resolves when the ZIP's last chunk has been handed to the output. */
  finish(): Promise<void>;
  /** Stops whatever is running after a failure. */
  abort(): void;
}

/**
 * The book on the calling thread, 100 rows at a time with a turn of the event loop between batches:
 * at the bench's size that keeps the loop delay near 35–60 ms rather than freezing it (design §7.1).
 */
export class InProcessSink implements BookSink {
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

  abort(): void {}
}

/**
 * The writable as the writer uses it: chunks go in while it is healthy, `room()` waits for `drain`,
 * and a failure (an error, or a close before the end — a download cancelled) is kept and thrown at the
 * writer's next wait, so it stops reading rows.
 */
export class Output {
  private failure: Error | null = null;
  private ending = false;
  private wake: (() => void) | null = null;

  constructor(private readonly out: Writable) {
    out.on('drain', this.notify);
    out.on('error', (error: Error) => this.fail(error));
    out.on('close', () => {
      if (!this.ending) this.fail(new Error('the output closed before the workbook was written'));
    });
  }

  write(chunk: Uint8Array): void {
    if (!this.failure) this.out.write(chunk);
  }

  /** Resolves once the writable has room (no `drain` pending); throws a failure seen meanwhile. */
  room(): Promise<void> {
    return this.until(() => this.out.writableNeedDrain);
  }

  /** Waits, woken by `drain`, a failure or `notify`, until `blocked` is false. */
  async until(blocked: () => boolean): Promise<void> {
    while (!this.failure && blocked()) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
  }

  readonly notify = (): void => {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  };

  fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  /** Ends the writable and resolves when everything written has been flushed. */
  async end(): Promise<void> {
    if (this.failure) throw this.failure;
    this.ending = true;
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
