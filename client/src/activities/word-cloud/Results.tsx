import { useT } from '../../common/i18n.js';
import type { ResultsProps } from '../types.js';

/** Font size steps from the smallest to the largest word, relative to the container's font size. */
const MIN_EM = 1;
const MAX_EM = 3.2;

/**
 * Words sized by how many people gave them. The count is text next to the word, never smaller
 * than the smallest word (readable from the back row, and read out by screen readers).
 */
export function Results({ summary }: ResultsProps<'word-cloud'>) {
  const t = useT();
  const max = Math.max(1, ...summary.words.map((w) => w.count));
  return (
    <ul className="cloud">
      {summary.words.map((w) => (
        <li key={w.word} className="cloud-item" data-testid="result-word" data-count={w.count}>
          <span
            className="cloud-word"
            style={{ fontSize: `${MIN_EM + ((MAX_EM - MIN_EM) * (w.count - 1)) / Math.max(1, max - 1)}em` }}
          >
            {w.word}
          </span>{' '}
          <span className="cloud-count">{t('results.times', { count: w.count })}</span>
        </li>
      ))}
    </ul>
  );
}
