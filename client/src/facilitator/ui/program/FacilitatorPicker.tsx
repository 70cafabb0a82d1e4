import { MAX_FACILITATORS_PER_PROGRAM } from '../../../../../shared/program/limits.js';
import { useT } from '../../../common/i18n.js';
import { useFacilitatorStore } from '../../state/store.js';

interface Props {
  idPrefix: string;
  legend: string;
  hint?: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}

/** Co-facilitators: one checkbox per active colleague of the center; the current user is marked. */
export function FacilitatorPicker({ idPrefix, legend, hint, selected, onChange, disabled = false }: Props) {
  const t = useT();
  const colleagues = useFacilitatorStore((s) => s.colleagues);
  const me = useFacilitatorStore((s) => s.user?.id);
  // Someone already on the program but no longer an active colleague stays visible (and removable).
  const known = new Set(colleagues?.map((c) => c.id));
  const program = useFacilitatorStore((s) => s.program);
  const former = (program?.facilitators ?? []).filter((f) => selected.includes(f.id) && !known.has(f.id));
  const people = [
    ...(colleagues ?? []),
    ...former.map((f) => ({ id: f.id, name: f.name, role: 'facilitator' as const })),
  ];
  // The server takes at most this many: once reached, only unchecking is offered.
  const full = selected.length >= MAX_FACILITATORS_PER_PROGRAM;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id));
  return (
    <fieldset className="facilitator-picker" aria-describedby={hint ? `${idPrefix}-hint` : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={`${idPrefix}-hint`} className="hint">
          {hint}
        </p>
      )}
      {colleagues === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <ul className="check-list">
          {people.map((c) => (
            <li key={c.id}>
              <label className="field-check" htmlFor={`${idPrefix}-${c.id}`}>
                <input
                  id={`${idPrefix}-${c.id}`}
                  type="checkbox"
                  checked={selected.includes(c.id)}
                  disabled={disabled || (full && !selected.includes(c.id))}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                <span>
                  {c.name} {c.id === me && <span className="hint">{t('newProgram.me')}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {full && !disabled && (
        <p className="hint" role="status">
          {t('newProgram.facilitatorsFull', { max: MAX_FACILITATORS_PER_PROGRAM })}
        </p>
      )}
    </fieldset>
  );
}
