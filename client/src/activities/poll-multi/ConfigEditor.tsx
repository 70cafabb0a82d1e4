import { useT } from '../../common/i18n.js';
import { NumberField } from '../common/NumberField.js';
import { OptionsEditor } from '../common/OptionsEditor.js';
import type { ConfigEditorProps } from '../types.js';

export function ConfigEditor({ idPrefix, config, onChange }: ConfigEditorProps<'poll-multi'>) {
  const t = useT();
  return (
    <>
      <OptionsEditor
        idPrefix={idPrefix}
        options={config.options}
        onChange={(options) => onChange({ ...config, options })}
      />
      <NumberField
        id={`${idPrefix}-max-picks`}
        label={t('poll-multi.maxPicks')}
        value={config.maxPicks}
        min={1}
        max={config.options.length}
        onChange={(maxPicks) => onChange({ ...config, maxPicks })}
      />
    </>
  );
}
