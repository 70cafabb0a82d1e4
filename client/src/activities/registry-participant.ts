import { createElement, type ComponentType } from 'react';
import type { ActivityType } from '../../../shared/activities/types.js';
import type { AnswerFormProps } from './types.js';
import { AnswerForm as PollSingleForm } from './poll-single/AnswerForm.js';
import { AnswerForm as PollMultiForm } from './poll-multi/AnswerForm.js';
import { AnswerForm as ScaleForm } from './scale/AnswerForm.js';
import { AnswerForm as OpenTextForm } from './open-text/AnswerForm.js';
import { AnswerForm as WordCloudForm } from './word-cloud/AnswerForm.js';

/** Answer forms: the only activity code a phone loads besides the results views. */
export const answerForms: { [T in ActivityType]: ComponentType<AnswerFormProps<T>> } = {
  'poll-single': PollSingleForm,
  'poll-multi': PollMultiForm,
  scale: ScaleForm,
  'open-text': OpenTextForm,
  'word-cloud': WordCloudForm,
};

interface ErasedProps {
  idPrefix: string;
  config: unknown;
  value: unknown;
  draft: unknown;
  disabled: boolean;
  onSubmit: (value: unknown) => void;
}

/** The answer form of any type; the page holds config and value as `unknown` and passes them through. */
export function AnswerFormFor({ type, ...props }: ErasedProps & { type: ActivityType }) {
  return createElement(answerForms[type] as unknown as ComponentType<ErasedProps>, props);
}
