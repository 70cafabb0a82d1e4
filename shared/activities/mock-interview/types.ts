import type { Text } from '../../i18n/text.js';

/**
 * What a member's phone receives for a mock interview (the module's `personalView`). zod-free and
 * bank-free: the phone imports these types only; questions reach it one at a time, inside the view.
 */

export type MockInterviewRoleId = 'interviewer' | 'candidate' | 'observer';
export type QuestionTypeId = 'personality' | 'job' | 'situational' | 'experience';

export interface MockInterviewPersonal {
  /** The member's group's latest round (1-based as stored), null before the first round starts. */
  round: number | null;
  /** The member's role in that round; null when they have none (left out, not started). */
  role: MockInterviewRoleId | null;
  /** Who plays which role this round, in the group (nicknames; the member included). */
  cast: { memberId: string; nickname: string; role: MockInterviewRoleId; me: boolean }[];
  /** The question being asked: the interviewer's with what a good answer shows, the observer's without; the candidate hears it. */
  question: { id: string; type: QuestionTypeId; text: Text; goodAnswerShows: Text | null } | null;
  /** The observer's rubric (five anchors per criterion); null for other roles. */
  rubric: RubricOnPhone[] | null;
  /** What this member gave this round's candidate so far (observer: scores, strength, suggestion; interviewer: note). */
  mine: GivenThisRound | null;
  /** Feedback received in rounds where the member was candidate, oldest first (only what the candidate may read). */
  received: ReceivedRound[];
}

export interface RubricOnPhone {
  id: string;
  name: Text;
  description: Text;
  /** Points 1..5 in order. */
  anchors: Text[];
}

export interface GivenThisRound {
  candidateId: string;
  scores: Record<string, number>;
  strength: string | null;
  suggestion: string | null;
  note: string | null;
}

/** A note the candidate reads; `from` is the giver's nickname only when they signed it. */
export interface SignedText {
  text: string;
  from: string | null;
}

export interface ReceivedRound {
  round: number;
  /** Per criterion, every observer's score (a four has two observers), unnamed. */
  scores: { criterionId: string; name: Text; scores: number[] }[];
  strengths: SignedText[];
  suggestions: SignedText[];
  /** The interviewer's notes. */
  notes: SignedText[];
}
