import { OptionsEditor } from '../common/OptionsEditor.js';
import type { ConfigEditorProps } from '../types.js';

export function ConfigEditor({ idPrefix, config, onChange, problems }: ConfigEditorProps<'poll-single'>) {
  return (
    <OptionsEditor
      idPrefix={idPrefix}
      options={config.options}
      onChange={(options) => onChange({ options })}
      problems={problems}
    />
  );
}
