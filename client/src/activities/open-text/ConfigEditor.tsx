import { OPEN_TEXT_MAX_LENGTH } from '../../../../shared/activities/open-text/index.js';
import { useT } from '../../common/i18n.js';
import { NumberField } from '../common/NumberField.js';
import type { ConfigEditorProps } from '../types.js';

export function ConfigEditor({ idPrefix, config, onChange, problems }: ConfigEditorProps<'open-text'>) {
  const t = useT();
  const id = `${idPrefix}-anonymous`;
  return (
    <>
      <NumberField
        id={`${idPrefix}-max-length`}
        label={t('open-text.maxLength')}
        value={config.maxLength}
        min={10}
        max={OPEN_TEXT_MAX_LENGTH}
        onChange={(maxLength) => onChange({ ...config, maxLength })}
        problem={problems.get('maxLength')}
      />
      <div className="field field-check">
        <input
          id={id}
          type="checkbox"
          checked={config.anonymous}
          onChange={(event) => onChange({ ...config, anonymous: event.target.checked })}
        />
        <label htmlFor={id}>{t('open-text.anonymousOption')}</label>
      </div>
    </>
  );
}
