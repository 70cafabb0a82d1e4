import { programs } from '../../../../../shared/content/index.js';
import type { Program } from '../../../../../shared/content/schema.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatRange } from '../../format.js';

export const SCRATCH = 'scratch';

interface Props {
  value: string;
  onChange: (templateId: string) => void;
  trackId: string | null;
  onTrack: (trackId: string | null) => void;
}

/** The catalog's programs as radio cards, plus "from scratch"; a track where the template has them. */
export function TemplatePicker({ value, onChange, trackId, onTrack }: Props) {
  const t = useT();
  const lang = useLang();
  const chosen: Program | undefined = programs.find((p) => p.id === value);
  return (
    <fieldset className="template-picker">
      <legend className="section-legend">{t('newProgram.template')}</legend>
      <ul className="template-grid">
        {programs.map((p) => (
          <li key={p.id}>
            <label
              className={`template-card ${value === p.id ? 'is-chosen' : ''}`}
              htmlFor={`template-${p.id}`}
            >
              <input
                id={`template-${p.id}`}
                type="radio"
                name="template"
                value={p.id}
                checked={value === p.id}
                onChange={() => onChange(p.id)}
              />
              <span className="template-text">
                <span className="template-name">{p.name[lang]}</span>
                <span className="template-meta">
                  {t('newProgram.templateMeta', {
                    target: p.target[lang],
                    days: p.agenda.days.length,
                    hours: formatRange(p.hours, lang, t),
                  })}
                </span>
              </span>
            </label>
          </li>
        ))}
        <li>
          <label
            className={`template-card ${value === SCRATCH ? 'is-chosen' : ''}`}
            htmlFor="template-scratch"
          >
            <input
              id="template-scratch"
              type="radio"
              name="template"
              value={SCRATCH}
              checked={value === SCRATCH}
              onChange={() => onChange(SCRATCH)}
            />
            <span className="template-text">
              <span className="template-name">{t('newProgram.scratch')}</span>
              <span className="template-meta">{t('newProgram.scratchHint')}</span>
            </span>
          </label>
        </li>
      </ul>
      {chosen && chosen.tracks.length > 0 && (
        <div className="field">
          <label htmlFor="template-track" className="field-label">
            {t('newProgram.track')}
          </label>
          <select id="template-track" value={trackId ?? ''} onChange={(e) => onTrack(e.target.value || null)}>
            <option value="">{t('newProgram.noTrack')}</option>
            {chosen.tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.name[lang]}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
