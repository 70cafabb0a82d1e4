import { useLayoutEffect, useRef, useState } from 'react';
import type { OpenTextSummary } from '../../../../shared/activities/open-text/index.js';
import { useT } from '../../common/i18n.js';
import { fitText } from '../common/fitText.js';
import type { ResultsProps } from '../types.js';

/** The big screen never shows more cards than this; fewer when they do not fit. */
const PROJECTOR_MAX_ENTRIES = 12;

type Entry = OpenTextSummary['entries'][number];

function EntryCard({ entry }: { entry: Entry }) {
  return (
    <li className="entry" data-testid="result-entry">
      <p className="entry-text">{entry.text}</p>
      {entry.author && <p className="entry-author">— {entry.author}</p>}
    </li>
  );
}

/** Entries as cards; an author is shown only when the server attached one (names turned on). */
export function Results({ summary, place }: ResultsProps<'open-text'>) {
  if (place === 'projector') return <ProjectorEntries summary={summary} />;
  return (
    <ul className="entries">
      {summary.entries.map((entry) => (
        <EntryCard key={entry.answerId} entry={entry} />
      ))}
    </ul>
  );
}

/** One or two short answers read large; a long one or many fall back to the full size of the page. */
const PROJECTOR_FIT = { min: 1, max: 1.8 };

/**
 * On the projector the newest come first and only as many as fit whole: the text is sized to fit
 * (`fitText`), and when even the full size does not, one card less is tried, with a count of the rest.
 */
function ProjectorEntries({ summary }: { summary: OpenTextSummary }) {
  const t = useT();
  const newest = [...summary.entries].reverse();
  const most = Math.min(PROJECTOR_MAX_ENTRIES, newest.length);
  const boxRef = useRef<HTMLDivElement>(null);
  // Bumped when the box is resized or a webfont arrives: measure again from as many as may be shown.
  const [round, setRound] = useState(0);
  const [fit, setFit] = useState({ summary, round, shown: most });
  const shown = fit.summary === summary && fit.round === round ? fit.shown : most;
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (box && !fitText(box, PROJECTOR_FIT) && shown > 1) setFit({ summary, round, shown: shown - 1 });
  }, [shown, summary, round]);
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const again = () => setRound((r) => r + 1);
    const observer = new ResizeObserver(again);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', again);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', again);
    };
  }, []);
  const entries = newest.slice(0, shown);
  const more = newest.length - entries.length;
  return (
    <div className="entries-box" ref={boxRef}>
      <ul className="entries">
        {entries.map((entry) => (
          <EntryCard key={entry.answerId} entry={entry} />
        ))}
      </ul>
      {more > 0 && (
        <p className="entries-more" data-testid="entries-more">
          {t('open-text.more', { count: more })}
        </p>
      )}
    </div>
  );
}
