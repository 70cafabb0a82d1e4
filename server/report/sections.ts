import {
  visibleToSubject,
  type CounselingModule,
  type CounselingType,
  type MemberAnswerRecord,
  type PersonalContext,
} from '../../shared/activities/counseling-module.js';
import { SENSITIVE_BARRIERS } from '../../shared/program/sensitive-notice.js';
import type { ReportSectionInput } from '../../shared/report/build.js';

/** One member's report sections of one program, in the order its counseling activities were made. */
export type ReportSectionSource = (programId: string, memberId: string) => Promise<ReportSectionInput[]>;

/** A counseling activity of the program as the report needs it (any status: a closed one still counts). */
export interface ReportActivity {
  id: string;
  type: CounselingType;
  config: unknown;
}

export interface ReportSectionDeps<A extends ReportActivity = ReportActivity> {
  /** The program's counseling activities, in the order they were made. */
  activitiesOf: (programId: string) => Promise<readonly A[]>;
  /** The registry's module of a type; undefined for a type with no module yet. */
  moduleOf: (type: CounselingType) => CounselingModule<unknown, unknown> | undefined;
  /** The member's personal context in an activity (the same loader as the phone's personal view). */
  personalContext: (programId: string, activity: A, memberId: string) => Promise<PersonalContext>;
}

/**
 * Builds each activity's section with its module's pure `reportSection`. What a report shows is what
 * the phone may show: the context is filtered again here, so a report never carries a held note or,
 * without a current consent, a sensitive item, whatever a module does with its context.
 */
export function counselingReportSections<A extends ReportActivity>(
  deps: ReportSectionDeps<A>,
): ReportSectionSource {
  return async (programId, memberId) => {
    const sections: ReportSectionInput[] = [];
    for (const activity of await deps.activitiesOf(programId)) {
      const module = deps.moduleOf(activity.type);
      if (!module?.reportSection) continue;
      const parsed = module.configSchema.safeParse(activity.config);
      // A stored config that no longer parses falls back to the line's defaults; a plan's type has none.
      const fallback = module.openedBy === 'line' ? module.defaultConfig() : null;
      const config = parsed.success ? parsed.data : fallback;
      if (config === null) continue;
      const ctx = reportContext(
        await deps.personalContext(programId, activity, memberId),
        module.sensitiveItems?.(config) ?? [],
      );
      const section = module.reportSection(config, ctx);
      if (section) sections.push({ type: activity.type, section });
    }
    return sections;
  };
}

/** The context a report section is built from: only visible notes, sensitive items only under consent. */
export function reportContext(ctx: PersonalContext, sensitiveItems: readonly string[]): PersonalContext {
  const consented = ctx.consents.includes(SENSITIVE_BARRIERS);
  const allowed = (record: MemberAnswerRecord) => consented || !sensitiveItems.includes(record.itemKey);
  return {
    ...ctx,
    given: ctx.given.filter((r) => r.memberId === ctx.memberId && allowed(r)),
    received: ctx.received.filter(
      (r) => r.subjectMemberId === ctx.memberId && visibleToSubject(r) && allowed(r),
    ),
  };
}
