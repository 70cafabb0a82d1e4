import { z } from 'zod';
import { email, text, uuid } from '../protocol/text.js';
import { activityModule } from '../activities/registry.js';
import { isEngineType } from '../activities/types.js';
import { isCounselingType } from '../activities/counseling-module.js';
import { counselingConfigOf } from '../activities/counseling-registry.js';
import { ActivityType as ContentActivityType, JobFamily } from '../content/schema.js';
import {
  ACTIVITY_TITLE_MAX_LENGTH,
  MAX_ACTIVITIES_PER_SESSION,
  NICKNAME_MAX_LENGTH,
  normalizeNickname,
} from '../protocol/limits.js';
import { phoneActivityCount } from './day-activities.js';
import { DATE_PATTERN, isValidDate, minutesOfTime, TIME_PATTERN } from './dates.js';
import {
  GROUP_LABEL_MAX_LENGTH,
  INTAKE_ANSWER_MAX_LENGTH,
  MAX_ACTIVITIES_PER_MODULE,
  MAX_COMPLETION_THRESHOLD,
  MAX_FACILITATORS_PER_PROGRAM,
  MAX_SMALL_COUNT_THRESHOLD,
  MAX_MODULE_MINUTES,
  MAX_MODULES_PER_DAY,
  MAX_PROGRAM_DAYS,
  MIN_COMPLETION_THRESHOLD,
  MIN_SMALL_COUNT_THRESHOLD,
  MODULE_TITLE_MAX_LENGTH,
  RECOVERY_PIN_LENGTHS,
  PROGRAM_TITLE_MAX_LENGTH,
  REAL_NAME_MAX_LENGTH,
} from './limits.js';
import { followUpMonthsSchema } from '../outcomes/schemas.js';

// The follow-up outcome bodies live with their area; here with the other bodies for the wire tests.
export { outcomeBodySchema, followUpMonthsSchema } from '../outcomes/schemas.js';
export { staffEntryBodySchema, wavePlanBodySchema } from '../assessment/views.js';

/**
 * Programs, centers and the roster over HTTP, and the participant's program events over the socket.
 * The server parses every body with these; the client's editor builds values of the same types.
 */
const id = text().min(1).max(64);
/** Client-made keys of agenda items, so a reorder or an edit keeps track of which item is which. */
const itemKey = text().min(1).max(64);

export const dateSchema = text().regex(DATE_PATTERN).refine(isValidDate, 'not a calendar date');
export const timeSchema = text().regex(TIME_PATTERN);

export const roleSchema = z.enum(['admin', 'facilitator']);
export type Role = z.infer<typeof roleSchema>;

// ── agenda ───────────────────────────────────────────────────────────────────
export const agendaActivitySchema = z
  .object({
    key: itemKey,
    /** Engine types run on phones; counseling types are led by the facilitator until their module exists. */
    type: ContentActivityType,
    title: text().trim().min(1).max(ACTIVITY_TITLE_MAX_LENGTH),
    minutes: z.number().int().min(0).max(MAX_MODULE_MINUTES),
    instrumentId: text().max(64).optional(),
    /**
     * The engine config the line opens with on phones (a library activity's, in the program's
     * language). Absent on lines written before the library carried configs or typed by hand.
     */
    config: z.unknown().optional(),
  })
  .refine(
    (a) =>
      a.config === undefined ||
      (isEngineType(a.type) && activityModule(a.type).configSchema.safeParse(a.config).success) ||
      (isCounselingType(a.type) && counselingConfigOf(a.type, a.config) !== null),
    { message: "the config does not fit the activity's type", path: ['config'] },
  );
export type AgendaActivity = z.infer<typeof agendaActivitySchema>;

export const agendaModuleSchema = z.object({
  key: itemKey,
  /** The library module it came from; null for one the facilitator wrote. */
  moduleId: text().max(64).nullable(),
  title: text().trim().min(1).max(MODULE_TITLE_MAX_LENGTH),
  minutes: z.number().int().min(5).max(MAX_MODULE_MINUTES),
  activities: z.array(agendaActivitySchema).max(MAX_ACTIVITIES_PER_MODULE),
});
export type AgendaModule = z.infer<typeof agendaModuleSchema>;

export const programDayInputSchema = z
  .object({
    /** An existing day keeps its id (attendance and its live session hang on it); new days have none. */
    id: id.optional(),
    date: dateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    modules: z.array(agendaModuleSchema).max(MAX_MODULES_PER_DAY),
  })
  .refine((d) => minutesOfTime(d.endTime) > minutesOfTime(d.startTime), {
    message: 'a day ends after it starts',
    path: ['endTime'],
  })
  // 20 modules of 20 would be 400: the day's live session could not hold them all.
  .refine((d) => phoneActivityCount(d.modules) <= MAX_ACTIVITIES_PER_SESSION, {
    message: 'more activities on phones than a session holds',
    path: ['modules'],
  });
export type ProgramDayInput = z.infer<typeof programDayInputSchema>;

const programFields = {
  title: text().trim().min(1).max(PROGRAM_TITLE_MAX_LENGTH),
  /** Who the group is, e.g. 청년, 신중년. */
  group: text().trim().max(GROUP_LABEL_MAX_LENGTH),
  facilitatorIds: z.array(id).min(1).max(MAX_FACILITATORS_PER_PROGRAM),
  days: z
    .array(programDayInputSchema)
    .min(1)
    .max(MAX_PROGRAM_DAYS)
    .refine((days) => new Set(days.map((d) => d.date)).size === days.length, {
      message: 'two days on one date',
    })
    .superRefine((days, ctx) => {
      for (const path of repeatedAgendaKeys(days))
        ctx.addIssue({ code: 'custom', message: 'an agenda key used twice in one program', path });
    }),
};

/**
 * An agenda line's key links it to the activity its day makes (stored, unique within the program),
 * so no two lines of one program share one: where each line repeating an earlier key stands.
 */
function repeatedAgendaKeys(days: readonly ProgramDayInput[]): (string | number)[][] {
  const seen = new Set<string>();
  const repeated: (string | number)[][] = [];
  days.forEach((day, d) =>
    day.modules.forEach((module, m) =>
      module.activities.forEach((activity, a) => {
        if (seen.has(activity.key)) repeated.push([d, 'modules', m, 'activities', a, 'key']);
        seen.add(activity.key);
      }),
    ),
  );
  return repeated;
}

export const createProgramBodySchema = z.object({
  ...programFields,
  /** Catalog program (content library id) it was made from; null when made from scratch. */
  templateId: text().max(64).nullable(),
  trackId: text().max(64).nullable(),
});
export type CreateProgramBody = z.infer<typeof createProgramBodySchema>;

/** The whole program as edited; `version` is the one the editor loaded (a stale one is refused). */
export const updateProgramBodySchema = z.object({ ...programFields, version: z.number().int().min(1) });
export type UpdateProgramBody = z.infer<typeof updateProgramBodySchema>;

/** Copy for the next group: same agenda and facilitators, days moved to start on `firstDate`. */
export const copyProgramBodySchema = z.object({
  title: programFields.title,
  firstDate: dateSchema,
});

/**
 * Starting a day. `endRunning`: the facilitator agreed to end another day of the program still
 * running; it ends and this day starts in one transaction (without it that start is refused).
 */
export const startDayBodySchema = z.object({
  endRunning: z.boolean().optional(),
});
export type StartDayBody = z.infer<typeof startDayBodySchema>;

// ── roster ───────────────────────────────────────────────────────────────────
/** A facilitator's correction of one day's attendance; `hours` null means "the whole day". */
export const attendanceCorrectionSchema = z.object({
  present: z.boolean(),
  hours: z.number().min(0).max(24).multipleOf(0.25).nullable(),
  note: text().trim().max(200).optional(),
});
export type AttendanceCorrection = z.infer<typeof attendanceCorrectionSchema>;

/** The facilitator sets (or clears, with null) a member's target job family in their intake. */
export const memberJobFamilyBodySchema = z.object({ jobFamily: JobFamily.nullable() });

export const mergeMembersBodySchema = z.object({
  /** The duplicate `:memberId` is folded into this one, which keeps its nickname and PIN. */
  intoMemberId: id,
});

// ── center ───────────────────────────────────────────────────────────────────
const emailSchema = email().max(200);
const personName = text().trim().min(1).max(60);

export const createUserBodySchema = z.object({ email: emailSchema, name: personName, role: roleSchema });
export const updateUserBodySchema = z.object({ role: roleSchema.optional(), active: z.boolean().optional() });
export const updateCenterBodySchema = z.object({
  name: text().trim().min(1).max(80).optional(),
  completionThreshold: z.number().min(MIN_COMPLETION_THRESHOLD).max(MAX_COMPLETION_THRESHOLD).optional(),
  // A whole number of people, 2..10: why those bounds in limits.ts (MIN/MAX_SMALL_COUNT_THRESHOLD).
  smallCountThreshold: z
    .number()
    .int()
    .min(MIN_SMALL_COUNT_THRESHOLD)
    .max(MAX_SMALL_COUNT_THRESHOLD)
    .optional(),
  /** Months after a program's last day when its members are followed up (사후관리). */
  followUpMonths: followUpMonthsSchema.optional(),
});
export const centerNameSchema = text().trim().min(1).max(80);
export const changePasswordBodySchema = z.object({
  currentPassword: text().min(1).max(200),
  newPassword: text().min(8).max(200),
});

// ── participant: joining a program ───────────────────────────────────────────
const nickname = text().transform(normalizeNickname).pipe(text().min(1).max(NICKNAME_MAX_LENGTH));
const joinCode = text().regex(/^\d{6}$/);
const intakeAnswer = text().trim().max(INTAKE_ANSWER_MAX_LENGTH);

/** The needs intake (사전 욕구 조사) asked once, on the first join. Every answer may be left empty. */
export const intakeSchema = z.object({
  desiredJob: intakeAnswer,
  worry: intakeAnswer,
  hope: intakeAnswer,
  /**
   * The job field the person hopes for, beside the free-text wish: the mock interview can draw its
   * questions from it. Optional (absent: not chosen); the facilitator can set or change it later.
   */
  jobFamily: JobFamily.optional(),
});
export type Intake = z.infer<typeof intakeSchema>;

export const programIntroSchema = z.object({ code: joinCode });
export const programRegisterSchema = z.object({
  code: joinCode,
  /** Made by the phone once per registration: resending it (after a lost answer) finds the same member. */
  registrationId: uuid(),
  nickname,
  /** Optional: the facilitator's roster shows it; the projector never does. */
  realName: text().trim().max(REAL_NAME_MAX_LENGTH),
  /** The notice and consent must be accepted; a phone cannot join the program without it. */
  consent: z.literal(true),
  intake: intakeSchema,
});
export const programRecoverSchema = z.object({
  code: joinCode,
  nickname,
  /** Six digits, or four for a member registered before PINs had six. */
  pin: text().regex(new RegExp(`^(${RECOVERY_PIN_LENGTHS.map((n) => `\\d{${n}}`).join('|')})$`)),
});

/**
 * A participant without a phone, added by the facilitator (design §5): the consent was given on the
 * paper notice, which the facilitator confirms; a request id made once per form makes a resend harmless.
 */
export const paperMemberBodySchema = z.object({
  requestId: uuid(),
  nickname,
  realName: text().trim().max(REAL_NAME_MAX_LENGTH),
  consentOnPaper: z.literal(true),
});
export type PaperMemberBody = z.infer<typeof paperMemberBodySchema>;
