/**
 * One XLSX export at a time per center (design §7.1): a workbook takes a worker and seconds of the
 * process, and a second one of the same center at once is almost always a double click. Typed by
 * this abstract class so a limiter shared by several processes (Redis, a row lock) can replace the
 * in-process one without the routes changing.
 */
export abstract class ExportLimiter {
  /**
   * Takes the slot of `key` (a center id): a release function, or null when an export holds it now.
   * The caller must release exactly once, when its export ends however it ends.
   */
  abstract acquire(key: string): Promise<(() => void) | null>;
}

/** The slots of this process: enough while one process serves a center. */
export class LocalExportLimiter extends ExportLimiter {
  private readonly held = new Set<string>();

  async acquire(key: string): Promise<(() => void) | null> {
    if (this.held.has(key)) return null;
    this.held.add(key);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held.delete(key);
    };
  }
}
