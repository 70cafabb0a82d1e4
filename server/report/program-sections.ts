import { counselingModule } from '../../shared/activities/counseling-registry.js';
import { assessmentSection, type MemberInstrumentScores } from '../../shared/report/assessment.js';
import { loadPersonalContext } from '../counseling/personal-context.js';
import type { StoredScore } from '../storage/assessments.js';
import type { Storage } from '../storage/index.js';
import type { StoredCounselingActivity } from '../storage/counseling-activities.js';
import { counselingReportSections, type ReportSectionSource } from './sections.js';

/**
 * The report's sections from the program's counseling activities (any status: a closed one still
 * belongs in it), oldest first, each through its module with the same personal context the phone's
 * personal view is built from; then "나의 변화" from the member's stored wave scores (both waves at
 * once: no one activity's context sees the other wave).
 */
export function reportSections(storage: Storage): ReportSectionSource {
  const counseling = counselingReportSections<StoredCounselingActivity>({
    activitiesOf: async (programId) =>
      (await storage.counselingActivities.listForProgram(programId)).sort(
        (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
      ),
    moduleOf: (type) => counselingModule(type) ?? undefined,
    personalContext: (_programId, activity, memberId) => loadPersonalContext(storage, activity, memberId),
  });
  return async (programId, memberId) => {
    const [sections, scores, days] = await Promise.all([
      counseling(programId, memberId),
      storage.assessments.scoresForProgram(programId, memberId),
      storage.programs.days(programId),
    ]);
    const section = assessmentSection({
      scores: memberScores(scores),
      dayCount: days.length,
    });
    return section ? [...sections, { type: 'instrument', section }] : sections;
  };
}

/** A member's pre and post per instrument version (a 'once' wave — the anonymous survey — is never here). */
export function memberScores(scores: readonly StoredScore[]): MemberInstrumentScores[] {
  const byInstrument = new Map<string, MemberInstrumentScores>();
  for (const s of scores) {
    if (s.kind === 'once') continue;
    const key = `${s.instrumentId}@${s.instrumentVersion}`;
    let entry = byInstrument.get(key);
    if (!entry)
      byInstrument.set(
        key,
        (entry = {
          instrumentId: s.instrumentId,
          instrumentVersion: s.instrumentVersion,
          pre: null,
          post: null,
        }),
      );
    entry[s.kind] = { score: s.score, dayNumber: s.takenDayNumber };
  }
  return [...byInstrument.values()];
}
