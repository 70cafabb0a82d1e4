import type { Facilitator, ProgramRef, Storage, StoredSession } from '../storage/index.js';

/**
 * Who may see and change what. One center never sees another's: every rule starts from the user's
 * center. An admin sees every program of the center; a facilitator the programs they are on.
 */
export type Actor = Pick<Facilitator, 'id' | 'centerId' | 'role'>;

export function canSeeProgram(actor: Actor, program: ProgramRef): boolean {
  if (!actor.centerId || program.centerId !== actor.centerId) return false;
  return actor.role === 'admin' || program.facilitatorIds.includes(actor.id);
}

/**
 * A live session: a quick session is its creator's; a program day's session belongs to whoever may
 * see the program (co-facilitators run it together, the center's admin may step in).
 */
export async function canRunSession(
  storage: Storage,
  actor: Actor,
  session: StoredSession,
): Promise<boolean> {
  if (session.programDayId === null) return session.facilitatorId === actor.id;
  const found = await storage.programs.dayById(session.programDayId);
  return found !== null && canSeeProgram(actor, found.program);
}
