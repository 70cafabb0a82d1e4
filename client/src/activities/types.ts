import type { ActivityType, ActivityTypeMap } from '../../../shared/activities/types.js';
import type { AnswerRow } from '../../../shared/protocol/views.js';
import type { FieldProblems } from './common/field-problems.js';

type Config<T extends ActivityType> = ActivityTypeMap[T]['config'];
type Answer<T extends ActivityType> = ActivityTypeMap[T]['answer'];
type Summary<T extends ActivityType> = ActivityTypeMap[T]['summary'];

export interface AnswerFormProps<T extends ActivityType> {
  /** Unique per page, for input ids. */
  idPrefix: string;
  config: Config<T>;
  /** The answer this phone gave last (pending or saved), shown pre-filled so it can be changed. */
  value: Answer<T> | null;
  /**
   * What the form starts from: usually `value`, but after a refusal the refused answer, so nothing
   * typed is lost. The form may be remounted with a new config; it keeps what still fits.
   */
  draft: Answer<T> | null;
  disabled: boolean;
  onSubmit: (value: Answer<T>) => void;
}

/** Where results are drawn: a view may lay out differently on the big screen. */
export type ResultsPlace = 'projector' | 'phone' | 'console';

export interface ResultsProps<T extends ActivityType> {
  config: Config<T>;
  summary: Summary<T>;
  place: ResultsPlace;
}

export interface ConfigEditorProps<T extends ActivityType> {
  idPrefix: string;
  config: Config<T>;
  onChange: (config: Config<T>) => void;
  /** Shown next to each field (after a first save attempt); empty while there is nothing to say. */
  problems: FieldProblems;
}

export interface ModerationProps {
  rows: AnswerRow[];
  /** "Review before showing" is on: entries not approved yet wait for `onApprove`. */
  review: boolean;
  onHide: (answerId: string, hidden: boolean) => void;
  onApprove: (answerId: string) => void;
}
