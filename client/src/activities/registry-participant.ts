import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ActivityType } from '../../../shared/activities/types.js';
import { retryImport } from '../common/retry-import.js';
import type { AnswerFormProps } from './types.js';

type FormModule<T extends ActivityType> = { AnswerForm: ComponentType<AnswerFormProps<T>> };
type Loaders = { [T in ActivityType]: () => Promise<FormModule<T>> };

/**
 * Answer forms: the only activity code a phone loads besides the results views, each in its own
 * chunk, loaded when its activity first opens (and all of them soon after joining, see
 * `preloadAnswerForms`), so the phone's first load does not grow with every new activity type.
 */
const loaders: Loaders = {
  'poll-single': () => import('./poll-single/AnswerForm.js'),
  'poll-multi': () => import('./poll-multi/AnswerForm.js'),
  scale: () => import('./scale/AnswerForm.js'),
  'open-text': () => import('./open-text/AnswerForm.js'),
  'word-cloud': () => import('./word-cloud/AnswerForm.js'),
};

/** Forms already here: shown at once, without a loading step (and without a render's delay). */
const loaded: { [T in ActivityType]?: ComponentType<AnswerFormProps<T>> } = {};

async function load<T extends ActivityType>(type: T): Promise<ComponentType<AnswerFormProps<T>>> {
  const form = (await loaders[type]()).AnswerForm;
  (loaded as Record<T, ComponentType<AnswerFormProps<T>>>)[type] = form;
  return form;
}

const lazyForm = <T extends ActivityType>(type: T) =>
  lazy(async () => ({ default: await retryImport(() => load(type)) }));

export const answerForms: { [T in ActivityType]: LazyExoticComponent<ComponentType<AnswerFormProps<T>>> } = {
  'poll-single': lazyForm('poll-single'),
  'poll-multi': lazyForm('poll-multi'),
  scale: lazyForm('scale'),
  'open-text': lazyForm('open-text'),
  'word-cloud': lazyForm('word-cloud'),
};

/**
 * Fetches every form while the phone is surely online (just joined), so a form opened later on a
 * weak connection is already here. Failures are ignored: the form loads again when shown.
 */
export function preloadAnswerForms(): void {
  for (const type of Object.keys(loaders) as ActivityType[]) void load(type).catch(() => undefined);
}

interface ErasedProps {
  idPrefix: string;
  config: unknown;
  value: unknown;
  draft: unknown;
  disabled: boolean;
  onSubmit: (value: unknown) => void;
}

/**
 * The answer form of any type; the page holds config and value as `unknown` and passes them
 * through. Until the form's chunk is here it suspends: the page wraps it in <Suspense>.
 */
export function AnswerFormFor({ type, ...props }: ErasedProps & { type: ActivityType }) {
  const form = loaded[type] ?? answerForms[type];
  return createElement(form as unknown as ComponentType<ErasedProps>, props);
}
