import type { ProgramIntro } from '../../../../shared/program/views.js';
import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';

/** Which program form a refusal belongs to. */
export type ProgramForm = 'register' | 'recover';

export interface ProgramFormError {
  form: ProgramForm;
  error: ClientError;
  /**
   * The registration before this one was lost on the way (network, timeout): a `nickname_taken`
   * now may mean the server did register it, so the phone says how to get back in.
   */
  afterLost: boolean;
}

export interface ShownPin {
  pin: string;
  nickname: string;
}

/**
 * Joining a program for the first time (onboarding), on another phone (recovery), and the PIN shown
 * once after registering. Written by the connection module only.
 */
export interface ProgramSlice {
  /** What the onboarding shows: title, centre, days, notice. Null until `program:intro` answers. */
  intro: ProgramIntro | null;
  /** The registration or recovery on its way. */
  submitting: ProgramForm | null;
  formError: ProgramFormError | null;
  /** The PIN from registering (and whose it is), shown until the person says they noted it. */
  pin: ShownPin | null;
  setIntro: (intro: ProgramIntro | null) => void;
  setSubmitting: (form: ProgramForm | null) => void;
  setFormError: (formError: ProgramFormError | null) => void;
  setPin: (pin: ShownPin | null) => void;
}

export const programSlice = (set: SliceSet<ProgramSlice>): ProgramSlice => ({
  intro: null,
  submitting: null,
  formError: null,
  pin: null,
  setIntro: (intro) => set({ intro }),
  setSubmitting: (submitting) => set(submitting ? { submitting, formError: null } : { submitting }),
  setFormError: (formError) => set({ formError }),
  setPin: (pin) => set({ pin }),
});
