import { counselingModule } from '../../shared/activities/counseling-registry.js';
import { loadPersonalContext } from '../counseling/personal-context.js';
import type { Storage } from '../storage/index.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import { counselingReportSections, type ReportSectionSource } from './sections.js';

/**
 * The report's sections from the program's counseling activities (any status: a closed one still
 * belongs in it), oldest first, each through its module with the same personal context the phone's
 * personal view is built from.
 */
export function reportSections(storage: Storage): ReportSectionSource {
  return counselingReportSections<StoredCounselingActivity>({
    activitiesOf: async (programId) =>
      (await storage.counselingActivities.listForProgram(programId)).sort(
        (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
      ),
    moduleOf: (type) => counselingModule(type) ?? undefined,
    personalContext: (_programId, activity, memberId) => loadPersonalContext(storage, activity, memberId),
  });
}
