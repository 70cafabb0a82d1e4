import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pictureBars } from '../../../client/src/activities/common/picture-cells.js';
import { suppressSmallCounts } from '../../../shared/privacy/small-counts.js';

const label = (key: string) => ({ ko: `${key} 한`, en: `${key} en` });

describe('the counseling group picture’s bars', () => {
  it('draws a bar only for an exact count; a suppressed cell shows no number and no length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 5 }),
        fc.constantFrom<'ko' | 'en'>('ko', 'en'),
        (counts, threshold, lang) => {
          const cells = counts.map((count, i) => ({ key: `c${i}`, count }));
          const shown = suppressSmallCounts(cells, threshold).map((c) => ({ ...c, label: label(c.key) }));
          const bars = pictureBars(shown, lang);
          bars.forEach((bar, i) => {
            const cell = shown[i]!;
            expect(bar.label).toBe(cell.label[lang]);
            if ('count' in cell) {
              expect(bar.kind).toBe('count');
              expect(bar.value).toContain(String(cell.count));
            } else {
              expect(bar.share).toBe(0);
              // The true count never reaches the page for a suppressed cell.
              expect(bar.value).not.toMatch(new RegExp(`^${counts[i]}(명)?$`));
            }
            expect(bar.share).toBeGreaterThanOrEqual(0);
            expect(bar.share).toBeLessThanOrEqual(100);
          });
        },
      ),
    );
  });

  it('says "3명 미만" / "fewer than 3" and "—" with words for a screen reader', () => {
    const cells = [
      { key: 'a', label: label('a'), count: 5 },
      { key: 'b', label: label('b'), lessThan: 3 },
      { key: 'c', label: label('c'), hidden: true as const },
    ];
    const ko = pictureBars(cells, 'ko');
    expect(ko.map((b) => b.value)).toEqual(['5명', '3명 미만', '—']);
    expect(ko[0]!.share).toBe(100);
    expect(ko[2]!.valueLabel).toBe('공개하지 않음');
    expect(pictureBars(cells, 'en').map((b) => b.value)).toEqual(['5', 'fewer than 3', '—']);
  });
});
