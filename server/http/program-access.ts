import type { Request } from 'express';
import { programById } from '../../shared/content/index.js';
import type { UserView } from '../../shared/program/views.js';
import { idSchema } from '../../shared/protocol/schemas.js';
import { canSeeProgram } from '../auth/access.js';
import { facilitatorFromRequest } from '../auth/facilitator-session.js';
import { AppError } from '../errors.js';
import type { Facilitator, ProgramRef, Storage, StoredDay, StoredMember } from '../storage/index.js';

/**
 * Who is asking and what they may reach. Every lookup by id starts from the user's center: an id of
 * another center, or of a program the user is not on, gets the same 404 as an id that does not exist.
 */
export async function requireUser(storage: Storage, req: Request): Promise<Facilitator> {
  const user = await facilitatorFromRequest(storage, req);
  if (!user) throw new AppError('not_authenticated', 401);
  // A temporary password (made or reset by an admin) opens nothing but the password change.
  if (user.mustChangePassword) throw new AppError('password_change_required', 403);
  return user;
}

export async function requireAdmin(storage: Storage, req: Request): Promise<Facilitator> {
  const user = await requireUser(storage, req);
  if (user.role !== 'admin') throw new AppError('forbidden', 403);
  return user;
}

/**
 * A route parameter id, parsed like every id on the wire (express 5 types them loosely, and `%00`
 * decodes to a U+0000 that PostgreSQL cannot take). One that is not an id finds nothing: the same
 * not-found answer as an id that does not exist.
 */
export function param(req: Request, name: string): string {
  const parsed = idSchema.safeParse((req.params as Record<string, unknown>)[name]);
  return parsed.success ? parsed.data : '';
}

export async function programFor(storage: Storage, req: Request, user: Facilitator): Promise<ProgramRef> {
  const program = await storage.programs.ref(param(req, 'programId'));
  if (!program || !canSeeProgram(user, program)) throw new AppError('program_not_found', 404);
  return program;
}

export async function dayOf(storage: Storage, req: Request, program: ProgramRef): Promise<StoredDay> {
  const day = await storage.programs.day(program.id, param(req, 'dayId'));
  if (!day) throw new AppError('day_not_found', 404);
  return day;
}

export async function memberOf(
  storage: Storage,
  program: ProgramRef,
  memberId: string,
): Promise<StoredMember> {
  const member = await storage.members.get(program.id, memberId);
  if (!member) throw new AppError('member_not_found', 404);
  return member;
}

export function refuseEnded(program: ProgramRef): void {
  if (program.status === 'ended') throw new AppError('program_ended', 400);
}

/**
 * A program's facilitators: active users of the creator's center, and a facilitator (not an admin)
 * keeps themself on it, so nobody writes themself out of a program by accident. Someone already on
 * the program may stay after being deactivated, so the program can still be saved (history keeps them).
 */
export async function checkFacilitators(
  storage: Storage,
  user: Facilitator,
  facilitatorIds: readonly string[],
  alreadyOn: readonly string[] = [],
): Promise<void> {
  for (const id of new Set(facilitatorIds)) {
    const found = await storage.facilitators.findInCenter(user.centerId, id);
    if (!found || (!found.active && !alreadyOn.includes(id))) throw new AppError('invalid_program', 400);
  }
  if (user.role !== 'admin' && !facilitatorIds.includes(user.id)) throw new AppError('invalid_program', 400);
}

/** A catalog template that exists, and a track that is one of its tracks (or none). */
export function checkTemplate(templateId: string | null, trackId: string | null): void {
  if (templateId === null) {
    if (trackId !== null) throw new AppError('invalid_program', 400);
    return;
  }
  const template = programById.get(templateId);
  if (!template) throw new AppError('template_not_found', 400);
  if (trackId !== null && !template.tracks.some((t) => t.id === trackId))
    throw new AppError('invalid_program', 400);
}

/** The user as the client knows them, with their center's name. */
export async function userView(storage: Storage, user: Facilitator): Promise<UserView> {
  const center = await storage.centers.findById(user.centerId);
  return usersView(center?.name ?? '', [user])[0] as UserView;
}

export function usersView(centerName: string, users: readonly Facilitator[]): UserView[] {
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    centerId: u.centerId,
    centerName,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
  }));
}
