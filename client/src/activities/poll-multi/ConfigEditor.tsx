import { useT } from '../../common/i18n.js';
import { NumberField } from '../common/NumberField.js';
import { OptionsEditor } from '../common/OptionsEditor.js';
import type { ConfigEditorProps } from '../types.js';

export function ConfigEditor({ idPrefix, config, onChange, problems }: ConfigEditorProps<'poll-multi'>) {
  const t = useT();
  return (
    <>
      <OptionsEditor
        idPrefix={idPrefix}
        options={config.options}
        onChange={(options) => onChange({ ...config, options })}
        problems={problems}
      />
      <NumberField
        id={`${idPrefix}-max-picks`}
        label={t('poll-multi.maxPicks')}
        value={config.maxPicks}
        min={1}
        max={config.options.length}
        onChange={(maxPicks) => onChange({ ...config, maxPicks })}
        // More picks than options is a rule of the whole config: it is said next to the picks.
        problem={problems.get('maxPicks') ?? problems.get('')}
      />
    </>
  );
}
