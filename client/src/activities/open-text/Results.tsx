import { useT } from '../../common/i18n.js';
import type { ResultsProps } from '../types.js';

/** The big screen has room for about this many cards; the newest are the ones people look for. */
const PROJECTOR_MAX_ENTRIES = 12;

/**
 * Entries as cards; an author is shown only when the server attached one (names turned on). On the
 * projector the newest come first and only as many as fit, with a count of the rest.
 */
export function Results({ summary, place }: ResultsProps<'open-text'>) {
  const t = useT();
  const onProjector = place === 'projector';
  const entries = onProjector
    ? [...summary.entries].reverse().slice(0, PROJECTOR_MAX_ENTRIES)
    : summary.entries;
  const more = summary.entries.length - entries.length;
  return (
    <>
      <ul className="entries">
        {entries.map((entry) => (
          <li key={entry.answerId} className="entry" data-testid="result-entry">
            <p className="entry-text">{entry.text}</p>
            {entry.author && <p className="entry-author">— {entry.author}</p>}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="entries-more" data-testid="entries-more">
          {t('open-text.more', { count: more })}
        </p>
      )}
    </>
  );
}
