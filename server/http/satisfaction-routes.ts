import { Router } from 'express';
import { instrumentVersion } from '../../shared/content/index.js';
import { satisfactionView, type SatisfactionView } from '../../shared/satisfaction/view.js';
import { paperSurveyBodySchema, releaseSurveyBodySchema } from '../../shared/satisfaction/schemas.js';
import { AppError } from '../errors.js';
import type { ProgramRef, Storage } from '../storage/index.js';
import { programFor, requireUser } from './program-access.js';
import { parseBody } from './respond.js';

/**
 * The program's anonymous satisfaction survey (docs/design/assessments-reports.md §3), mounted under
 * /api/programs and authorized by the program like its roster: released results only, through the
 * center's small-count rule; paper forms entered as responses without a member; a later batch released
 * by hand once enough responses wait.
 */
export function satisfactionRoutes(storage: Storage): Router {
  const router = Router();

  async function views(program: ProgramRef): Promise<{ surveys: SatisfactionView[] }> {
    const [released, threshold] = await Promise.all([
      storage.surveys.released(program.id),
      storage.centers.smallCountThreshold(program.centerId),
    ]);
    const surveys = released.flatMap((r) => {
      const instrument = instrumentVersion(r.wave.instrumentId, r.wave.instrumentVersion);
      if (!instrument) return [];
      return [
        satisfactionView({
          waveId: r.wave.id,
          status: r.wave.status,
          instrument,
          responses: r.responses,
          unreleased: r.pending,
          completed: r.completed,
          paper: r.paper,
          threshold,
        }),
      ];
    });
    return { surveys };
  }

  router.get('/:programId/satisfaction', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json(await views(program));
  });

  router.post('/:programId/satisfaction/paper', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const body = parseBody(paperSurveyBodySchema, req);
    const wave = await storage.assessments.get(body.waveId);
    // Another program's wave answers like one that does not exist.
    if (!wave || wave.programId !== program.id) throw new AppError('wave_not_found', 404);
    const outcome = await storage.surveys.enterPaper(body);
    if (!outcome.ok) throw new AppError(outcome.code, outcome.code === 'wave_not_found' ? 404 : 400);
    res.status(201).json(await views(program));
  });

  router.post('/:programId/satisfaction/release', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const body = parseBody(releaseSurveyBodySchema, req);
    const wave = await storage.assessments.get(body.waveId);
    if (!wave || wave.programId !== program.id || !wave.anonymous) throw new AppError('wave_not_found', 404);
    // While the survey is open, its close releases everything together: a release now would let
    // whoever watches the completions tie a small batch to the few who had just handed in.
    if (wave.status === 'open') throw new AppError('survey_open', 409);
    const threshold = await storage.centers.smallCountThreshold(program.centerId);
    const released = await storage.surveys.release(wave.id, threshold);
    res.json({ released, ...(await views(program)) });
  });

  return router;
}
