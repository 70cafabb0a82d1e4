import { counselingModule } from '../../shared/activities/counseling-registry.js';
import type { Storage } from '../storage/index.js';
import { reportPersonalContext } from './personal-context.js';
import { counselingReportSections, type ReportSectionSource } from './sections.js';

/** The report's sections from the program's stored counseling activities and their modules. */
export function reportSections(storage: Storage): ReportSectionSource {
  return counselingReportSections({
    activitiesOf: (programId) => storage.reportReads.counselingActivities(programId),
    moduleOf: (type) => counselingModule(type) ?? undefined,
    personalContext: (programId, activity, memberId) =>
      reportPersonalContext(
        storage,
        programId,
        activity,
        counselingModule(activity.type)?.phases[0] ?? '',
        memberId,
      ),
  });
}
