import type { ResultsProps } from '../types.js';

/** Entries as cards; an author is shown only when the server attached one (names turned on). */
export function Results({ summary }: ResultsProps<'open-text'>) {
  return (
    <ul className="entries">
      {summary.entries.map((entry) => (
        <li key={entry.answerId} className="entry" data-testid="result-entry">
          <p className="entry-text">{entry.text}</p>
          {entry.author && <p className="entry-author">— {entry.author}</p>}
        </li>
      ))}
    </ul>
  );
}
