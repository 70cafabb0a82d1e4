import { createContext } from 'react';

/**
 * True while the phone shows an answer as given (saved or on its way) and the person has not asked
 * to change it: the form is read-only and its submit button steps aside for the card's own
 * "답변 바꾸기" button, an action rather than a greyed-out submit.
 */
export const AnswerLockedContext = createContext(false);
