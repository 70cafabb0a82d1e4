import { Router } from 'express';
import {
  createUserBodySchema,
  updateCenterBodySchema,
  updateUserBodySchema,
} from '../../shared/program/schemas.js';
import { programFigures } from '../../shared/figures/program-figures.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { CenterOverview, CenterView } from '../../shared/program/views.js';
import { hashPassword } from '../auth/passwords.js';
import { AppError } from '../errors.js';
import type { Facilitator, Storage } from '../storage/index.js';
import { param, requireAdmin, requireUser, usersView } from './program-access.js';
import { parseBody } from './respond.js';
import { temporaryPassword } from './temporary-password.js';

/** The center's own page and its users. Admins only, except the list of colleagues. */
export function centerRoutes(
  storage: Storage,
  realtime: { userAccessChanged(userId: string): void },
  now: () => number = Date.now,
): Router {
  const router = Router();

  async function centerOf(user: Facilitator): Promise<CenterView> {
    const center = await storage.centers.findById(user.centerId);
    if (!center) throw new AppError('forbidden', 403);
    return center;
  }

  /** A user of the admin's own center; any other id is "not found", whoever it belongs to. */
  async function userOf(admin: Facilitator, userId: string): Promise<Facilitator> {
    const user = await storage.facilitators.findInCenter(admin.centerId, userId);
    if (!user) throw new AppError('user_not_found', 404);
    return user;
  }

  router.get('/', async (req, res) => {
    const admin = await requireAdmin(storage, req);
    res.json(await centerOverview(storage, await centerOf(admin), now()));
  });

  router.patch('/', async (req, res) => {
    const admin = await requireAdmin(storage, req);
    const body = parseBody(updateCenterBodySchema, req);
    const center = await storage.centers.update(admin.centerId, body);
    if (!center) throw new AppError('forbidden', 403);
    res.json({ center });
  });

  router.get('/colleagues', async (req, res) => {
    const user = await requireUser(storage, req);
    const users = await storage.facilitators.listByCenter(user.centerId);
    res.json({
      users: users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name, role: u.role })),
    });
  });

  router.post('/users', async (req, res) => {
    const admin = await requireAdmin(storage, req);
    const body = parseBody(createUserBodySchema, req);
    const center = await centerOf(admin);
    const password = temporaryPassword();
    const user = await storage.facilitators.create({
      centerId: center.id,
      email: body.email,
      name: body.name,
      role: body.role,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    });
    if (!user) throw new AppError('email_taken', 409);
    res.status(201).json({ user: usersView(center.name, [user])[0], temporaryPassword: password });
  });

  router.patch('/users/:userId', async (req, res) => {
    const admin = await requireAdmin(storage, req);
    const target = await userOf(admin, param(req, 'userId'));
    const body = parseBody(updateUserBodySchema, req);
    // Deactivating also ends the user's logins; their open sockets are closed, so nothing more
    // reaches them (a role change too: they reconnect with what the new role allows).
    const outcome = await storage.facilitators.update(admin.centerId, target.id, body);
    if (outcome === 'not_found') throw new AppError('user_not_found', 404);
    if (outcome === 'last_admin') throw new AppError('last_admin', 409);
    if (outcome.active !== target.active || outcome.role !== target.role)
      realtime.userAccessChanged(target.id);
    res.json({ user: usersView((await centerOf(admin)).name, [outcome])[0] });
  });

  router.post('/users/:userId/password-reset', async (req, res) => {
    const admin = await requireAdmin(storage, req);
    const target = await userOf(admin, param(req, 'userId'));
    const password = temporaryPassword();
    // Every login of the user ends: whoever knew the old password is out.
    await storage.facilitators.setPassword(target.id, await hashPassword(password), true);
    realtime.userAccessChanged(target.id);
    const user = { ...target, mustChangePassword: true };
    res.json({ user: usersView((await centerOf(admin)).name, [user])[0], temporaryPassword: password });
  });

  return router;
}

/**
 * The admin's page: the center, its users, and every program with its attendance so far and its
 * completion (final, else the forecast), from the figure store's sums under the roster's rules.
 */
async function centerOverview(storage: Storage, center: CenterView, now: number): Promise<CenterOverview> {
  const [users, summaries] = await Promise.all([
    storage.facilitators.listByCenter(center.id),
    storage.programs.listFor({ id: '', centerId: center.id, role: 'admin' }),
  ]);
  const rows = await storage.figures.rows({
    centerId: center.id,
    today: todayIn(CENTER_TIME_ZONE, new Date(now)),
    programIds: summaries.map((s) => s.id),
  });
  const figures = new Map(programFigures(rows, center.completionThreshold).map((f) => [f.program.id, f]));
  return {
    center,
    users: usersView(center.name, users),
    programs: summaries.map((summary) => {
      const f = figures.get(summary.id);
      const final = f?.completion.final ?? true;
      return {
        ...summary,
        attendanceRate: f?.attendance.rate ?? null,
        heldDays: f?.attendance.heldDays ?? 0,
        completionRate: (final ? f?.completion.rate : f?.completion.expectedRate) ?? null,
        completionFinal: final,
      };
    }),
  };
}
