/** Limits of programs, shared by the editor and the server, so a form never allows what the server refuses. */
export const MAX_PROGRAM_DAYS = 10;
export const MAX_MODULES_PER_DAY = 20;
export const MAX_ACTIVITIES_PER_MODULE = 20;
export const MAX_FACILITATORS_PER_PROGRAM = 10;
export const PROGRAM_TITLE_MAX_LENGTH = 120;
export const GROUP_LABEL_MAX_LENGTH = 40;
export const MODULE_TITLE_MAX_LENGTH = 120;
export const MAX_MODULE_MINUTES = 8 * 60;
export const REAL_NAME_MAX_LENGTH = 40;
export const INTAKE_ANSWER_MAX_LENGTH = 500;
/**
 * Digits of the personal PIN a participant gets on day 1 to recover their identity on a new phone:
 * a million PINs, easy to type on a number pad; the recovery limits (server/limits) do the rest.
 */
export const PIN_LENGTH = 6;
/**
 * Members registered while PINs had four digits keep their PIN (only its hash is stored): recovery
 * takes either length, so none of them needs a facilitator to reissue one. New PINs have PIN_LENGTH.
 */
export const LEGACY_PIN_LENGTH = 4;
export const RECOVERY_PIN_LENGTHS: readonly number[] = [PIN_LENGTH, LEGACY_PIN_LENGTH];
/** Wrong PINs allowed per program and nickname per window before recovery is refused for a while. */
export const PIN_ATTEMPTS_PER_WINDOW = 5;
export const PIN_WINDOW_S = 15 * 60;
/** Months personal data of a program is kept after the program ends (stated in the notice). */
export const DEFAULT_RETENTION_MONTHS = 12;
/** Completion threshold bounds a center may set (share of scheduled hours attended). */
export const MIN_COMPLETION_THRESHOLD = 0.5;
export const MAX_COMPLETION_THRESHOLD = 1;
/**
 * Small-count threshold bounds a center may set: counts 1..t−1 show as "t명 미만" (shared/privacy).
 * Below 2 nothing would be hidden, so one person's answer could be told from the count; above 10 a
 * usual group (10–20 people) would see nearly every count hidden and the picture would say nothing.
 */
export const MIN_SMALL_COUNT_THRESHOLD = 2;
export const MAX_SMALL_COUNT_THRESHOLD = 10;
export const DEFAULT_SMALL_COUNT_THRESHOLD = 3;
/** Length of a generated temporary password (admin creates a user or resets a password). */
export const TEMPORARY_PASSWORD_LENGTH = 12;
