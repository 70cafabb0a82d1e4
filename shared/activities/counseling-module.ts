import type { z } from 'zod';
import type { Text } from '../i18n/text.js';
import type { ErrorCode } from '../protocol/errors.js';

/**
 * Counseling activity types (docs/design/counseling-engine.md): their answers are keyed by the
 * program member (table `member_answers`), not by a day's participant row, and each member gets a
 * personal view. The ids are the content library's (shared/content/schema.ts FACILITATOR_LED_TYPES):
 * do not rename. zod-free, so the phone can import it.
 */
export const COUNSELING_TYPES = [
  'action-plan',
  'strength-cards',
  'barrier-map',
  'mock-interview',
  'instrument',
] as const;
export type CounselingType = (typeof COUNSELING_TYPES)[number];

export const isCounselingType = (type: string): type is CounselingType =>
  (COUNSELING_TYPES as readonly string[]).includes(type);

/** One stored counseling answer as the pure functions see it (a `member_answers` row). */
export interface MemberAnswerRecord<V = unknown> {
  answerId: string;
  /** The giver. */
  memberId: string;
  /** The member the answer is about (a card given, interview feedback); null for one's own answer. */
  subjectMemberId: string | null;
  round: number;
  itemKey: string;
  value: V;
  /** For what a receiver reads: 'held' until the facilitator shows it. Null for one's own answers. */
  noteState: 'held' | 'shown' | null;
  /** The giver chose to show their name to the receiver. */
  signed: boolean;
  updatedAt: number;
}

/** What the server knows when a member gives an answer; the module decides from it alone. */
export interface GiveContext {
  giverId: string;
  subjectMemberId: string | null;
  round: number;
  itemKey: string;
  /** The activity's stored phase (one of the module's `phases`). */
  phase: string;
  /** The giver's group-mates (member ids, the giver excluded) in the activity's grouping; [] when ungrouped. */
  groupMates: readonly string[];
  /** Every member of the program (for `scope: 'room'` peer feedback). */
  programMemberIds: readonly string[];
  /** Stored roles of the giver's group in `round`: member id → role id. Empty when the type has no roles. */
  roles: Readonly<Record<string, string>>;
  /** Purposes the giver holds a current consent for (e.g. 'sensitive-barriers'). */
  consents: readonly string[];
  /** The giver's own answers to this activity so far (for limits such as "at most 5 picks"). */
  own: readonly MemberAnswerRecord[];
}

export type CheckedAnswer =
  { ok: true; value: unknown; noteState: 'held' | 'shown' | null } | { ok: false; code: ErrorCode };

/** What a member's own phone (and their report) is built from: never another member's own answers. */
export interface PersonalContext {
  memberId: string;
  /** The member's own answers (subject null or anyone). */
  given: readonly MemberAnswerRecord[];
  /** Answers about this member that `visibleToSubject` lets through (held notes are not here). */
  received: readonly MemberAnswerRecord[];
  /** Nicknames of the program's members, for signed notes and group-mates. */
  nicknames: Readonly<Record<string, string>>;
  /** The member's group-mates in the activity's grouping (ids), [] when ungrouped. */
  groupMates: readonly string[];
  phase: string;
  /** Roles of the member's group per round (round → member id → role), for grouped types. */
  roles: Readonly<Record<number, Readonly<Record<string, string>>>>;
  /** Per-activity shared state (`activity_state.state`), e.g. an interviewer's drawn question per group. */
  state: unknown;
  consents: readonly string[];
  /**
   * For a type with `submission`: when (and on which program day) the member handed their answers
   * in; null before, and always null for other types.
   */
  submitted?: { at: number; dayNumber: number | null } | null;
  /** For a type with `submission`: the soft due time of the wave that owns the activity (epoch ms). */
  dueAt?: number | null;
}

/** The projector's group picture before the small-count rule: counts per category, labelled. */
export interface CountPicture {
  /** What the counts are of, e.g. "강점 가족별 선택 수". */
  caption: Text;
  cells: { key: string; label: Text; count: number }[];
  /** Whether each member counts once in the cells in total (then the sum is public: complementary suppression). */
  onePerMember: boolean;
}

/** One member's progress for the console (what is done of what is asked; never the content). */
export interface MemberProgress {
  done: number;
  total: number;
}

/** What `progress` may need besides the answers: the activity's phase and each member's group-mates. */
export interface ProgressContext {
  phase: string;
  /** member id → their group-mates' ids (themselves excluded) in the activity's grouping; absent when ungrouped. */
  groupMates: Readonly<Record<string, readonly string[]>>;
  /** For a type with `submission`: the members who handed in (empty for other types). */
  submitted?: ReadonlySet<string>;
}

/** A section of the take-home report (§9): headings and lines, all already localized by the module. */
export interface ReportSection {
  title: Text;
  blocks: ReportBlock[];
}
export type ReportBlock =
  | { kind: 'paragraph'; text: Text }
  | { kind: 'list'; items: Text[] }
  | { kind: 'pairs'; rows: { label: Text; value: Text }[] };

/**
 * Everything the server needs about one counseling type. Pure: no I/O. The server's one generic
 * handler (`memberAnswer:submit`) authorizes membership and the open activity, reads the context,
 * calls `checkAnswer` and stores exactly once; views are built by the functions below.
 *
 * A module is opened either by an agenda line (`openedBy: 'line'`, with defaults the line's few
 * settings overlay) or by the program's assessment plan (`openedBy: 'plan'`: the server builds its
 * config from the wave, so there are no defaults and no line opens it).
 */
export type CounselingModule<Config, Personal> =
  LineOpenedModule<Config, Personal> | PlanOpenedModule<Config, Personal>;

export interface LineOpenedModule<Config, Personal> extends CounselingModuleBase<Config, Personal> {
  openedBy: 'line';
  defaultConfig: () => Config;
}

export interface PlanOpenedModule<Config, Personal> extends CounselingModuleBase<Config, Personal> {
  openedBy: 'plan';
}

interface CounselingModuleBase<Config, Personal> {
  type: CounselingType;
  name: Text;
  /** live: the facilitator opens it in the room (closes the engine's open activity); self: a task. */
  pace: 'live' | 'self';
  configSchema: z.ZodType<Config>;
  /** Phases in order; the first is where an opened activity starts. */
  phases: readonly [string, ...string[]];
  /** Grouped types: which roles a group's seats take, rotated per round (shared/grouping rotation). */
  roles?: readonly [string, string, ...string[]];
  /** Item keys that need the 'sensitive-barriers' consent (checked inside the answer's transaction). */
  sensitiveItems?: (config: Config) => readonly string[];
  /** Validates one answer (shape via zod, then who may give what); the value returned is stored. */
  checkAnswer: (config: Config, ctx: GiveContext, value: unknown) => CheckedAnswer;
  /** Pure: what this member's phones show. */
  personalView: (config: Config, ctx: PersonalContext) => Personal;
  /** Pure: counts for the projector (before suppression); absent = the projector shows progress only. */
  groupPicture?: (config: Config, answers: readonly MemberAnswerRecord[]) => CountPicture;
  /** Pure: each member's progress, for the console (what is asked may depend on the phase and the group). */
  progress: (
    config: Config,
    answers: readonly MemberAnswerRecord[],
    memberIds: readonly string[],
    ctx?: ProgressContext,
  ) => Record<string, MemberProgress>;
  /** Pure: this activity's section of the member's take-home report; null when the member has nothing in it. */
  reportSection?: (config: Config, ctx: PersonalContext) => ReportSection | null;
  /**
   * Types whose members write each other notes (peer cards, interview feedback). Present means the
   * config has `holdNotes: boolean`: opened with it, every note starts held and its receiver reads
   * it only once the facilitator shows it (note:show). `describe` is what the receiver would read,
   * for the console's review; null for a row that is no note (a score, a card taken back).
   */
  notes?: { describe: (itemKey: string, value: unknown) => NoteText | null };
  /**
   * Types a member hands in (an instrument wave, docs/design/assessments-reports.md §2.4): after
   * `assessment:submit` the member's answers are frozen. `keep`: they stay the member's and a score
   * row is stored; `detach`: a response without a member is stored and the member's answers leave
   * (the anonymous survey). The engine guards every answer of such a type under the member's lock.
   */
  submission?: { mode: (config: Config) => 'keep' | 'detach' };
}

/** A note as the console reviews it: what it is about (a card, "잘한 점") and its words ('' for a card alone). */
export interface NoteText {
  label: Text;
  text: string;
}

/** Whether the receiver may read an answer about them now: the single rule for views, reports and prints. */
export function visibleToSubject(record: MemberAnswerRecord): boolean {
  return record.subjectMemberId !== null && record.noteState !== 'held';
}
