import type { Storage } from '../storage/index.js';
import { counselingReportSections, type ReportSectionSource } from './sections.js';

/**
 * The report's sections from the stored counseling activities. TODO(report): wire the counseling
 * runtime (branch core: storage's counseling activities of a program, `counselingModule(type)`, the
 * PersonalContext loader) once it is merged; until then no activity contributes a section.
 */
export function reportSections(_storage: Storage): ReportSectionSource {
  return counselingReportSections({
    activitiesOf: () => Promise.resolve([]),
    moduleOf: () => undefined,
    personalContext: () => Promise.reject(new Error('no counseling runtime')),
  });
}
