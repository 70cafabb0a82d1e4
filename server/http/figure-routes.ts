import { Router, type Request } from 'express';
import { programs as catalogPrograms } from '../../shared/content/index.js';
import { dashboardView } from '../../shared/figures/dashboard.js';
import { programFigures } from '../../shared/figures/program-figures.js';
import { programReport } from '../../shared/figures/program-report.js';
import type { FigureScope } from '../../shared/figures/rows.js';
import {
  dashboardQuerySchema,
  type DashboardTestimonials,
  type DashboardView,
  type ProgramReport,
} from '../../shared/figures/views.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { AppError } from '../errors.js';
import type { Storage } from '../storage/index.js';
import { quotableTestimonials } from '../testimonials/quotable.js';
import { programFor, requireUser } from './program-access.js';

/**
 * The program report, mounted under /api/programs and authorized by the program like its roster:
 * another center's (or another team's) program answers exactly like a made-up id. Every figure is
 * under the center's small-count rule and no member is named (design §6.3).
 */
export function programReportRoutes(storage: Storage, now: () => number = Date.now): Router {
  const router = Router();

  router.get('/:programId/program-report', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const [detail, center] = await Promise.all([
      storage.programs.detail(program.id),
      storage.centers.findById(user.centerId),
    ]);
    if (!detail || !center) throw new AppError('program_not_found', 404);
    const today = todayIn(CENTER_TIME_ZONE, new Date(now()));
    const [rows, quotes] = await Promise.all([
      storage.figures.rows({ centerId: center.id, today, programIds: [program.id] }),
      quotableTestimonials(storage, [program.id]),
    ]);
    const [figures] = programFigures(rows, detail.completionThreshold);
    if (!figures) throw new AppError('program_not_found', 404);
    const report = programReport(figures, {
      centerName: center.name,
      completionThreshold: detail.completionThreshold,
      smallCountThreshold: center.smallCountThreshold,
      today,
      facilitators: detail.facilitators.map((f) => f.name),
      testimonials: quotes,
      days: detail.days,
    });
    res.json(report satisfies ProgramReport);
  });

  return router;
}

/**
 * The center dashboard, mounted at /api/dashboard (design §6.4): an admin sees the center's programs,
 * a facilitator only their own — the filter is forced, and naming another user is `forbidden`; an
 * admin naming a user not of the center gets `user_not_found`, as for a made-up id. The
 * server's time goes out in `Server-Timing` for the bench.
 */
export function dashboardRoutes(storage: Storage, now: () => number = Date.now): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const started = performance.now();
    const { center, query, own, facilitatorId, scope } = await dashboardScope(storage, req, now);
    const rows = await storage.figures.rows(scope);
    const users = own ? [] : await storage.facilitators.listByCenter(center.id);
    const view = dashboardView(programFigures(rows, center.completionThreshold), {
      query: {
        from: query.from ?? null,
        to: query.to ?? null,
        templateId: query.templateId ?? null,
        facilitatorId: facilitatorId ?? null,
      },
      scope: own ? 'own' : 'center',
      threshold: center.smallCountThreshold,
      completionThreshold: center.completionThreshold,
      filters: {
        templates: catalogPrograms.map((p) => ({ id: p.id, name: p.name })),
        facilitators: users.map((u) => ({ id: u.id, name: u.name })),
      },
    });
    res.setHeader('Server-Timing', `total;dur=${(performance.now() - started).toFixed(1)}`);
    res.json(view satisfies DashboardView);
  });

  // The center's collection of consented quotes (design §3.4): the dashboard's programs, its filters
  // and its authorization; only quotes under a current consent, read now, signed as their members chose.
  router.get('/testimonials', async (req, res) => {
    const { scope } = await dashboardScope(storage, req, now);
    const programs = await storage.figures.programs(scope);
    const quotes = await quotableTestimonials(
      storage,
      programs.map((p) => p.id),
    );
    res.json({
      testimonials: quotes.map((q) => ({
        text: q.text,
        byline: { ko: q.byline.ko, en: q.byline.en },
        programTitle: q.programTitle,
        lastDay: q.lastDay,
      })),
    } satisfies DashboardTestimonials);
  });

  return router;
}

/**
 * Whom the dashboard's query covers: an admin the center (a `facilitatorId` must be of it, else
 * `user_not_found`), a facilitator their own programs (naming another user is `forbidden`).
 */
async function dashboardScope(storage: Storage, req: Request, now: () => number) {
  const user = await requireUser(storage, req);
  const parsed = dashboardQuerySchema.safeParse(req.query);
  if (!parsed.success) throw new AppError('invalid_payload', 400);
  const query = parsed.data;
  const own = user.role !== 'admin';
  if (own && query.facilitatorId !== undefined && query.facilitatorId !== user.id)
    throw new AppError('forbidden', 403);
  const center = await storage.centers.findById(user.centerId);
  if (!center) throw new AppError('forbidden', 403);
  // An admin's filter names a user of the center; any other id is unknown, whoever it belongs to.
  if (!own && query.facilitatorId !== undefined) {
    if (!(await storage.facilitators.findInCenter(center.id, query.facilitatorId)))
      throw new AppError('user_not_found', 404);
  }
  const facilitatorId = own ? user.id : query.facilitatorId;
  const scope: FigureScope = {
    centerId: center.id,
    today: todayIn(CENTER_TIME_ZONE, new Date(now())),
    ...(query.from !== undefined ? { from: query.from } : {}),
    ...(query.to !== undefined ? { to: query.to } : {}),
    ...(query.templateId !== undefined ? { templateId: query.templateId } : {}),
    ...(facilitatorId !== undefined ? { facilitatorId } : {}),
  };
  return { center, query, own, facilitatorId, scope };
}
