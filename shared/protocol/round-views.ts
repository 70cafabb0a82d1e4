/**
 * What the rounds of a grouped counseling activity (mock interview) send (docs/design/counseling-engine.md
 * §4, §8). zod-free and type-only, so the phone imports it without cost. Re-exported by views.ts.
 */

/** One member's stored role in a group's round, with the nickname the group already sees. */
export interface RoundRoleView {
  memberId: string;
  nickname: string;
  role: string;
}

/**
 * One group's current round: its stored roles and its own timer, as stored times (server epoch ms).
 * `round:updated` to `member:<id>` of each member of the group, and in their snapshot (`member.rounds`).
 */
export interface GroupRoundView {
  activityId: string;
  groupNo: number;
  /** 1-based; the group's rounds count up to `rounds` (one per member: each is candidate once). */
  round: number;
  rounds: number;
  /** When the round's time is up (server epoch ms); pushed back by resume and extend. */
  endsAt: number;
  /** Set while paused: the time that was left (the phone shows it frozen). */
  pausedRemainingMs: number | null;
  /** Set once ended (by the facilitator or the group's next round). */
  endedAt: number | null;
  roles: RoundRoleView[];
}

/**
 * The ack of the facilitators' round events, `rounds:updated` to `program:<id>:facilitators`, and
 * the console's watch snapshot (`rounds`: one per open activity whose module has roles).
 */
export interface RoundsView {
  activityId: string;
  /** Each group's current round, by group number; groups without a round yet are absent. */
  groups: GroupRoundView[];
  /** memberId → rounds with their feedback complete / rounds they gave feedback in (the module's progress). */
  progress: Record<string, { done: number; total: number }>;
}

/** The ack of `question:draw`: the round a question was drawn for (the view follows in `personal:updated`). */
export interface QuestionDrawn {
  activityId: string;
  round: number;
}
