import { createElement, type ComponentType } from 'react';
import type { ActivityType, ActivityTypeMap } from '../../../shared/activities/types.js';
import type { FieldProblems } from './common/field-problems.js';
import type { ConfigEditorProps, ModerationProps } from './types.js';
import { ConfigEditor as PollSingleEditor } from './poll-single/ConfigEditor.js';
import { describe as describePollSingle } from './poll-single/describe.js';
import { ConfigEditor as PollMultiEditor } from './poll-multi/ConfigEditor.js';
import { describe as describePollMulti } from './poll-multi/describe.js';
import { ConfigEditor as ScaleEditor } from './scale/ConfigEditor.js';
import { describe as describeScale } from './scale/describe.js';
import { ConfigEditor as OpenTextEditor } from './open-text/ConfigEditor.js';
import { describe as describeOpenText } from './open-text/describe.js';
import { Moderation as OpenTextModeration } from './open-text/Moderation.js';
import { ConfigEditor as WordCloudEditor } from './word-cloud/ConfigEditor.js';
import { describe as describeWordCloud } from './word-cloud/describe.js';

interface FacilitatorUi<T extends ActivityType> {
  ConfigEditor: ComponentType<ConfigEditorProps<T>>;
  /** One line for an answer in the facilitator's list. */
  describe: (config: ActivityTypeMap[T]['config'], value: ActivityTypeMap[T]['answer']) => string;
  /** Per-entry moderation, for types whose entries are shown verbatim. */
  Moderation?: ComponentType<ModerationProps>;
}

/** What the console adds per type. Results views come from registry-results like every page. */
export const facilitatorUis: { [T in ActivityType]: FacilitatorUi<T> } = {
  'poll-single': { ConfigEditor: PollSingleEditor, describe: describePollSingle },
  'poll-multi': { ConfigEditor: PollMultiEditor, describe: describePollMulti },
  scale: { ConfigEditor: ScaleEditor, describe: describeScale },
  'open-text': { ConfigEditor: OpenTextEditor, describe: describeOpenText, Moderation: OpenTextModeration },
  'word-cloud': { ConfigEditor: WordCloudEditor, describe: describeWordCloud },
};

interface ErasedEditorProps {
  idPrefix: string;
  config: unknown;
  onChange: (config: unknown) => void;
  problems: FieldProblems;
}

export function ConfigEditorFor({ type, ...props }: ErasedEditorProps & { type: ActivityType }) {
  return createElement(
    facilitatorUis[type].ConfigEditor as unknown as ComponentType<ErasedEditorProps>,
    props,
  );
}

export function describeAnswer(type: ActivityType, config: unknown, value: unknown): string {
  const describe = facilitatorUis[type].describe as (config: unknown, value: unknown) => string;
  try {
    return describe(config, value);
  } catch {
    return JSON.stringify(value);
  }
}

export function ModerationFor({ type, ...props }: ModerationProps & { type: ActivityType }) {
  const Moderation = facilitatorUis[type].Moderation;
  return Moderation ? createElement(Moderation, props) : null;
}

export const hasModeration = (type: ActivityType): boolean => facilitatorUis[type].Moderation !== undefined;
