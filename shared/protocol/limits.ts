/** Limits shared by client forms and server validation, so a form never allows what the server refuses. */
export const NICKNAME_MAX_LENGTH = 20;
export const TITLE_MAX_LENGTH = 120;
export const ACTIVITY_TITLE_MAX_LENGTH = 200;
export const MAX_ACTIVITIES_PER_SESSION = 100;
export const JOIN_CODE_LENGTH = 6;
/** Any single socket message above this is refused by engine.io before it is parsed. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
