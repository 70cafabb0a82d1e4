/** zod-free, so the phone bundle can use it without pulling in the schemas. */
export const WORD_MAX_LENGTH = 30;
/** The projector has room for this many words; the rest are counted but not drawn. */
export const WORD_CLOUD_TOP = 50;
