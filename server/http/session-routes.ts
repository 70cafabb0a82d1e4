import { Router, type Request } from 'express';
import { createSessionBodySchema } from '../../shared/protocol/schemas.js';
import { facilitatorFromRequest } from '../auth/facilitator-session.js';
import { AppError } from '../errors.js';
import type { Facilitator, Storage } from '../storage/index.js';
import { parseBody } from './respond.js';

export function sessionRoutes(storage: Storage): Router {
  const router = Router();

  async function requireFacilitator(req: Request): Promise<Facilitator> {
    const facilitator = await facilitatorFromRequest(storage, req);
    if (!facilitator) throw new AppError('not_authenticated', 401);
    return facilitator;
  }

  router.get('/', async (req, res) => {
    const facilitator = await requireFacilitator(req);
    res.json({ sessions: await storage.sessions.listForFacilitator(facilitator.id) });
  });

  router.post('/', async (req, res) => {
    const facilitator = await requireFacilitator(req);
    const body = parseBody(createSessionBodySchema, req);
    const session = await storage.sessions.create({
      facilitatorId: facilitator.id,
      title: body.title,
      activities: body.activities,
    });
    res.status(201).json({ session: { id: session.id, code: session.code, title: session.title } });
  });

  return router;
}
