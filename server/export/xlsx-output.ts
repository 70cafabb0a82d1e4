import type { Writable } from 'node:stream';
import type { Cell } from '../../shared/export/cells.js';
import type { XlsxColumn } from './xlsx-book.js';

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

  /** True while the writable waits for `drain`: its buffer is past the high-water mark. */
  get full(): boolean {
    return this.out.writableNeedDrain;
  }

  /** Resolves once the writable has room (no `drain` pending); throws a failure seen meanwhile. */
  room(): Promise<void> {
    return this.until(() => this.full);
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

/** Where rows go: a book on this thread, or one in a worker. */
export interface BookSink {
  /** Rows per `addRows`. */
  readonly batchRows: number;
  startSheet(name: string, columns: readonly XlsxColumn[]): void;
  /** Resolves when the next batch may be sent; throws the output's or the book's failure. */
  addRows(rows: readonly (readonly Cell[])[]): Promise<void>;
  endSheet(): void;
  /** Resolves when the ZIP's last chunk has been handed to the output. */
  finish(): Promise<void>;
  /** Releases what the sink holds, after success or failure alike. */
  close(): void;
}
