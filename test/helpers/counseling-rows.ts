import { counselingModule } from '../../shared/activities/counseling-registry.js';
import type { CounselingType } from '../../shared/activities/counseling-module.js';
import type { Storage } from '../../server/storage/index.js';

/** A counseling activity made as the runtime makes it (storage.counselingActivities), closed: reports hold closed ones. */
export async function addCounselingActivity(
  storage: Storage,
  a: { sessionId: string; programId: string; type: CounselingType; config: unknown },
): Promise<string> {
  const module = counselingModule(a.type);
  if (!module) throw new Error(`no module for ${a.type}`);
  const made = await storage.counselingActivities.createOrGet({
    programId: a.programId,
    sessionId: a.sessionId,
    agendaKey: null,
    type: a.type,
    title: module.name.ko,
    config: a.config,
    pace: module.pace,
    phase: module.phases[0],
    groupingId: null,
  });
  if (!made || made === 'too_many_activities') throw new Error('counseling activity not made');
  await storage.counselingActivities.close(made.activity.id);
  return made.activity.id;
}
