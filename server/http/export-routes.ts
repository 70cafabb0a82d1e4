import { Router, type Request } from 'express';
import type { ExportFormat, ExportLogView } from '../../shared/export/views.js';
import { addDays, CENTER_TIME_ZONE, centerEpoch, isValidDate, todayIn } from '../../shared/program/dates.js';
import type { ProgramSummary } from '../../shared/program/views.js';
import { AppError } from '../errors.js';
import { datasetById, type Dataset } from '../export/datasets.js';
import { runExport, type ExportDeps } from '../export/run-export.js';
import type { Storage } from '../storage/index.js';
import { programFor, requireAdmin, requireUser } from './program-access.js';

/**
 * Downloads (docs/design/assessments-reports.md §7): a program's dataset for whoever may see the
 * program, and the center's programs for a period — an admin's the whole center's, a facilitator's
 * the programs they are on. Another center's (or team's) program answers like a made-up id. Every
 * export is logged; the log itself is read by admins on /admin/exports.
 */

/** A single query value, or undefined; a repeated one is no value at all. */
function query(req: Request, name: string): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new AppError('invalid_payload', 400);
  return v;
}

function formatOf(req: Request): ExportFormat {
  const f = query(req, 'format') ?? 'xlsx';
  if (f !== 'xlsx' && f !== 'csv') throw new AppError('invalid_payload', 400);
  return f;
}

function datasetOf(req: Request): Dataset {
  const name = (req.params as Record<string, unknown>).dataset;
  const dataset = typeof name === 'string' ? datasetById(name) : undefined;
  if (!dataset) throw new AppError('dataset_not_found', 404);
  return dataset;
}

function dateOf(req: Request, name: string): string | null {
  const v = query(req, name);
  if (v === undefined || v === '') return null;
  if (!isValidDate(v)) throw new AppError('invalid_payload', 400);
  return v;
}

const lastDay = (p: ProgramSummary) => p.days.reduce((last, d) => (d.date > last ? d.date : last), '');

/** Mounted under /api/programs. */
export function programExportRoutes(storage: Storage, deps: ExportDeps): Router {
  const router = Router();
  router.get('/:programId/exports/:dataset', async (req, res) => {
    const user = await requireUser(storage, req);
    const ref = await programFor(storage, req, user);
    const dataset = datasetOf(req);
    const format = formatOf(req);
    const program = await storage.programs.detail(ref.id);
    if (!program) throw new AppError('program_not_found', 404);
    await runExport(
      storage,
      deps,
      {
        user,
        dataset,
        format,
        scope: 'program',
        programs: [program],
        program: { id: program.id, title: program.title },
        fileStem: program.title,
      },
      res,
    );
  });
  return router;
}

/** Mounted under /api/center. */
export function centerExportRoutes(storage: Storage, deps: ExportDeps): Router {
  const router = Router();

  // A program is in the period by its last day (Q1); running programs are in with what they have so far.
  router.get('/exports/:dataset', async (req, res) => {
    const user = await requireUser(storage, req);
    const dataset = datasetOf(req);
    const format = formatOf(req);
    const from = dateOf(req, 'from');
    const to = dateOf(req, 'to');
    if (from && to && from > to) throw new AppError('invalid_payload', 400);
    const programs = (await storage.programs.listFor(user))
      .filter((p) => {
        const last = lastDay(p);
        return last !== '' && (!from || last >= from) && (!to || last <= to);
      })
      .sort((a, b) => lastDay(a).localeCompare(lastDay(b)) || a.title.localeCompare(b.title));
    const center = await storage.centers.findById(user.centerId);
    await runExport(
      storage,
      deps,
      { user, dataset, format, scope: 'center', programs, from, to, fileStem: center?.name ?? 'moim' },
      res,
    );
  });

  router.get('/export-log', async (req, res) => {
    const admin = await requireAdmin(storage, req);
    const month = query(req, 'month') ?? todayIn(CENTER_TIME_ZONE, new Date(deps.now())).slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month) || !isValidDate(`${month}-01`))
      throw new AppError('invalid_payload', 400);
    const first = `${month}-01`;
    // The first of the next month: 28 days on, then forward to its first.
    const next = `${addDays(first, 32).slice(0, 7)}-01`;
    const entries = await storage.exportLog.list(
      admin.centerId,
      centerEpoch(first, '00:00'),
      centerEpoch(next, '00:00'),
    );
    res.json({ month, entries } satisfies ExportLogView);
  });

  return router;
}
