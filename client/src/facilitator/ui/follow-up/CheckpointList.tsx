import type { CheckpointView } from '../../../../../shared/outcomes/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { formatDate } from '../../format.js';
import { checkpointLabel } from './outcome-format.js';

/**
 * A member's checkpoints as small labelled chips: the point, its date and where it stands. The state
 * is a word, not only a colour; the whole chip reads as one sentence to a screen reader.
 */
export function CheckpointList({ checkpoints }: { checkpoints: CheckpointView[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <ul className="checkpoint-list">
      {checkpoints.map((c) => {
        const checkpoint = checkpointLabel(c.months, t);
        const date = formatDate(c.dueOn, lang);
        const state = t(`followUp.state.${c.state}`);
        return (
          <li
            key={c.months}
            className={`checkpoint is-${c.state}`}
            data-testid="checkpoint"
            data-state={c.state}
          >
            <span className="visually-hidden">{t('followUp.checkpointSr', { checkpoint, date, state })}</span>
            <span aria-hidden="true">
              <strong>{checkpoint}</strong> {state}
              <span className="checkpoint-date">{date}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
