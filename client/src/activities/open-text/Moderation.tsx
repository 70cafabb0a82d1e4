import type { OpenTextAnswer } from '../../../../shared/activities/open-text/index.js';
import { useT } from '../../common/i18n.js';
import type { ModerationProps } from '../types.js';

/** Every entry with a hide/show button; hidden entries leave the projector and the results at once. */
export function Moderation({ rows, onHide }: ModerationProps) {
  const t = useT();
  if (rows.length === 0) return <p className="hint">{t('open-text.empty')}</p>;
  return (
    <ul className="moderation">
      {rows.map((row) => {
        const textId = `entry-${row.answerId}`;
        return (
          <li
            key={row.entryId}
            className={`moderation-entry ${row.hidden ? 'is-hidden' : ''}`}
            data-testid="moderation-entry"
            data-hidden={row.hidden}
          >
            <p id={textId} className="entry-text">
              {(row.value as OpenTextAnswer).text}
            </p>
            <p className="entry-meta">
              {row.nickname ?? t('open-text.anonymousAuthor')}
              {row.hidden && <span className="badge badge-hidden">{t('open-text.hidden')}</span>}
            </p>
            <button type="button" aria-describedby={textId} onClick={() => onHide(row.answerId, !row.hidden)}>
              {row.hidden ? t('open-text.unhide') : t('open-text.hide')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
