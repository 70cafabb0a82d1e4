import type { OpenTextAnswer } from '../../../../shared/activities/open-text/index.js';
import { useT } from '../../common/i18n.js';
import { entryState } from '../common/entry-state.js';
import type { ModerationProps } from '../types.js';

/**
 * The one list of entries: the facilitator reads them here and decides, per entry, what the room
 * sees — let a waiting one through, hide one, show a hidden one again.
 */
export function Moderation({ rows, review, onHide, onApprove }: ModerationProps) {
  const t = useT();
  if (rows.length === 0) return <p className="hint">{t('open-text.empty')}</p>;
  return (
    <ul className="moderation">
      {rows.map((row) => {
        const textId = `entry-${row.entryId}`;
        const state = entryState(row, review);
        return (
          <li
            key={row.entryId}
            className={`moderation-entry is-${state}`}
            data-testid="moderation-entry"
            data-hidden={row.hidden}
            data-state={state}
          >
            <p id={textId} className="entry-text">
              {(row.value as OpenTextAnswer).text}
            </p>
            <p className="entry-meta">
              {row.nickname ?? t('open-text.anonymousAuthor')}
              <span className={`badge entry-badge is-${state}`}>{t(`liveRun.state.${state}`)}</span>
            </p>
            <div className="entry-actions">
              {state === 'waiting' && (
                <button
                  type="button"
                  className="primary"
                  aria-describedby={textId}
                  onClick={() => onApprove(row.answerId)}
                >
                  {t('liveRun.approve')}
                </button>
              )}
              <button
                type="button"
                aria-describedby={textId}
                onClick={() => onHide(row.answerId, !row.hidden)}
              >
                {row.hidden ? t('open-text.unhide') : t('open-text.hide')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
