/** Limits shared by client forms and server validation, so a form never allows what the server refuses. */
export const NICKNAME_MAX_LENGTH = 20;
export const TITLE_MAX_LENGTH = 120;
export const ACTIVITY_TITLE_MAX_LENGTH = 200;
export const MAX_ACTIVITIES_PER_SESSION = 100;
export const JOIN_CODE_LENGTH = 6;
/** A socket payload above this gets a `payload_too_large` ack (engine.io drops a connection only at 4×). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Seminar rooms reach a few thousand; above this, joins are refused so no one can flood a session. */
export const MAX_PARTICIPANTS_PER_SESSION = 3000;
/** Entries let through in one `answer:approve` (the console sends more in several): stays under the message cap. */
export const MAX_APPROVALS_PER_MESSAGE = 300;
/** The largest group a facilitator may ask for (a table of a seminar room). */
export const MAX_GROUP_SIZE = 12;
/** A table's size when the facilitator names none. */
export const GROUPING_TABLE_SIZE = 5;

/** How a typed nickname is kept: NFC, runs of spaces collapsed, trimmed. */
export function normalizeNickname(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Groupings a (re)join's snapshot carries, newest first: a member's own groups, a console's whole groupings. */
export const SNAPSHOT_GROUPINGS = 20;
/** A facilitator's comment on a member's work (an action plan). */
export const COMMENT_MAX_LENGTH = 500;
/** Held or shown at once by one `note:show` / `note:hold`. */
export const MAX_NOTES_PER_MESSAGE = 300;
/** An interview or rehearsal round number (0 when the type has no rounds). */
export const MAX_COUNSELING_ROUND = 20;
