import { useT } from '../../common/i18n.js';
import { NumberField } from '../common/NumberField.js';
import type { ConfigEditorProps } from '../types.js';

export function ConfigEditor({ idPrefix, config, onChange, problems }: ConfigEditorProps<'word-cloud'>) {
  const t = useT();
  return (
    <NumberField
      id={`${idPrefix}-max-words`}
      label={t('word-cloud.maxWords')}
      value={config.maxWords}
      min={1}
      max={5}
      // Spread: the config also carries its visibility flag, which an edit must keep.
      onChange={(maxWords) => onChange({ ...config, maxWords })}
      problem={problems.get('maxWords')}
    />
  );
}
