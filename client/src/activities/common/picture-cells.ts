import type { Lang, Text } from '../../../../shared/i18n/text.js';
import { lessThanLabel } from '../../../../shared/privacy/small-counts.js';

/** A group picture cell as the wire carries it (after the small-count rule), with its label. */
export type ShownPictureCell =
  | { key: string; label: Text; count: number }
  | { key: string; label: Text; lessThan: number }
  | { key: string; label: Text; hidden: true };

export interface PictureBar {
  key: string;
  label: string;
  /** What the row says: "5명", "3명 미만", "—". */
  value: string;
  /** For a screen reader where `value` is a sign ("—"). */
  valueLabel: string;
  /** 0–100; only exact counts draw a bar: a suppressed cell must not hint at its size. */
  share: number;
  kind: 'count' | 'lessThan' | 'hidden';
}

/** The hidden cell's words: it holds at least the threshold, so "fewer than" would be false. */
const HIDDEN: Text = { ko: '공개하지 않음', en: 'not shown' };
const people = (count: number, lang: Lang) => (lang === 'ko' ? `${count}명` : `${count}`);

/**
 * Bars for a suppressed picture: a count draws its share of the largest count shown; "3명 미만"
 * and "—" draw none, so no bar's length tells what the rule hides.
 */
export function pictureBars(cells: readonly ShownPictureCell[], lang: Lang): PictureBar[] {
  const counts = cells.flatMap((c) => ('count' in c ? [c.count] : []));
  const max = Math.max(0, ...counts);
  return cells.map((cell) => {
    const label = cell.label[lang];
    if ('count' in cell) {
      const value = people(cell.count, lang);
      return {
        key: cell.key,
        label,
        value,
        valueLabel: value,
        share: max === 0 ? 0 : (cell.count / max) * 100,
        kind: 'count',
      };
    }
    if ('lessThan' in cell) {
      const value = lessThanLabel(cell.lessThan)[lang];
      return { key: cell.key, label, value, valueLabel: value, share: 0, kind: 'lessThan' };
    }
    return { key: cell.key, label, value: '—', valueLabel: HIDDEN[lang], share: 0, kind: 'hidden' };
  });
}
