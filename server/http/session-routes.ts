import { Router } from 'express';
import { createSessionBodySchema } from '../../shared/protocol/schemas.js';
import type { Storage } from '../storage/index.js';
import { requireUser } from './program-access.js';
import { parseBody } from './respond.js';
import { csvHandler, resultsHandler } from './session-results.js';

export function sessionRoutes(storage: Storage): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const facilitator = await requireUser(storage, req);
    res.json({ sessions: await storage.sessions.listForFacilitator(facilitator.id) });
  });

  router.post('/', async (req, res) => {
    const facilitator = await requireUser(storage, req);
    const body = parseBody(createSessionBodySchema, req);
    const session = await storage.sessions.create({
      facilitatorId: facilitator.id,
      title: body.title,
      activities: body.activities,
    });
    res.status(201).json({ session: { id: session.id, code: session.code, title: session.title } });
  });

  router.get('/:sessionId/results', resultsHandler(storage));
  router.get('/:sessionId/answers.csv', csvHandler(storage));

  return router;
}
