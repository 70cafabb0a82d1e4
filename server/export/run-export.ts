import type { Response } from 'express';
import type { ExportFormat } from '../../shared/export/views.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { ProgramSummary } from '../../shared/program/views.js';
import { AppError } from '../errors.js';
import type { ExportLimiter } from '../limits/export-limiter.js';
import type { Logger } from '../logger.js';
import type { Facilitator, Storage } from '../storage/index.js';
import { assertAnonymous, type Dataset } from './datasets.js';
import { writeExport } from './write-export.js';

/** What an export needs besides the request: the per-center limiter, the clock and the logger. */
export interface ExportDeps {
  limiter: ExportLimiter;
  now: () => number;
  logger: Logger;
}

export interface ExportRequest {
  user: Facilitator;
  dataset: Dataset;
  format: ExportFormat;
  scope: 'program' | 'center';
  programs: readonly ProgramSummary[];
  /** The program of a program export. */
  program?: { id: string; title: string };
  from?: string | null;
  to?: string | null;
  /** The file's name before its date and extension (the program's title, or the center's name). */
  fileStem: string;
}

/** Seconds a refused export is told to wait: a program's file takes about one. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Streams one export as a download and logs it (§7.5). XLSX takes the center's slot first: a second
 * one meanwhile is `429 export_busy`. Once the first byte is out an error can no longer be answered,
 * so it is logged and the connection cut (the file does not open), never ended as if whole. The log
 * row is written either way once the file started: what left the server is what the log is for.
 */
export async function runExport(storage: Storage, deps: ExportDeps, req: ExportRequest, res: Response) {
  const { user, dataset, format } = req;
  if (!dataset.formats.includes(format)) throw new AppError('invalid_payload', 400);
  const release = format === 'xlsx' ? await deps.limiter.acquire(user.centerId) : () => undefined;
  if (!release) {
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
    throw new AppError('export_busy', 429);
  }
  let rows = 0;
  let started = false;
  try {
    const now = deps.now();
    const sheets = await dataset.sheets({
      storage,
      centerId: user.centerId,
      scope: req.scope,
      programs: req.programs,
      now,
    });
    assertAnonymous(dataset, sheets);
    const name = `${safeName(req.fileStem)}_${dataset.label.ko}_${todayIn(CENTER_TIME_ZONE, new Date(now))}.${format}`;
    const ascii = `moim-${dataset.id}-${todayIn(CENTER_TIME_ZONE, new Date(now))}.${format}`;
    res
      .status(200)
      .set('Content-Type', format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`);
    started = true;
    try {
      // A program's file is small: the worker's first start would cost more than it saves.
      rows = await writeExport(sheets, format, res, { worker: req.scope === 'center' });
    } catch (error) {
      deps.logger.warn({ err: error, dataset: dataset.id, format }, 'export cut short');
    }
  } finally {
    release();
    if (started)
      await storage.exportLog.record({
        userId: user.id,
        userName: user.name,
        centerId: user.centerId,
        programId: req.program?.id ?? null,
        scope: req.scope,
        dataset: dataset.id,
        format,
        filters: {
          ...(req.program ? { programTitle: req.program.title } : {}),
          ...(req.scope === 'center' ? { from: req.from ?? null, to: req.to ?? null } : {}),
          programs: req.programs.length,
        },
        rows,
        createdAt: deps.now(),
      });
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A title as a file name: no path or reserved characters, no control characters, not too long. */
export function safeName(s: string): string {
  const cleaned = [
    ...s
      .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, 60)
    .join('');
  return cleaned || 'moim';
}

/** RFC 5987 percent-encoding for `filename*` (encodeURIComponent leaves a few it needs escaped). */
function rfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
