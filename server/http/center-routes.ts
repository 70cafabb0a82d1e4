import { Router } from 'express';
import {
  createUserBodySchema,
  updateCenterBodySchema,
  updateUserBodySchema,
} from '../../shared/program/schemas.js';
import type { CenterView } from '../../shared/program/views.js';
import { hashPassword } from '../auth/passwords.js';
import { AppError } from '../errors.js';
import type { Facilitator, Storage } from '../storage/index.js';
import { centerOverview } from './center-overview.js';
import { param, requireAdmin, requireUser, usersView } from './program-access.js';
import { parseBody } from './respond.js';
import { temporaryPassword } from './temporary-password.js';

/** The center's own page and its users. Admins only, except the list of colleagues. */
export function centerRoutes(
  storage: Storage,
  realtime: { userAccessChanged(userId: string): void },
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
    res.json(await centerOverview(storage, await centerOf(admin)));
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
