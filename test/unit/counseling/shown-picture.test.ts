import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountPicture } from '../../../shared/activities/counseling-module.js';
import { shownPicture } from '../../../server/counseling/views.js';

const picture = (counts: number[], onePerMember = true): CountPicture => ({
  caption: { ko: '선택 수', en: 'Picks' },
  cells: counts.map((count, i) => ({ key: `c${i}`, label: { ko: `칸${i}`, en: `cell ${i}` }, count })),
  onePerMember,
});

describe('shownPicture (the projector and console picture of a counseling activity)', () => {
  it('hides small counts with the threshold and keeps labels and order', () => {
    const shown = shownPicture(picture([0, 1, 5, 6]), 3);
    expect(shown?.caption.ko).toBe('선택 수');
    expect(shown?.cells.map((c) => c.label.ko)).toEqual(['칸0', '칸1', '칸2', '칸3']);
    expect(shown?.cells[0]).toMatchObject({ count: 0 });
    expect(shown?.cells[1]).toMatchObject({ lessThan: 3 });
    // The total is public (one per member): the next smallest is hidden too, so 1 cannot be subtracted out.
    expect(shown?.cells[2]).toMatchObject({ hidden: true });
  });

  it('sends no picture when the total alone would tell a hidden count', () => {
    expect(shownPicture(picture([2, 0]), 3)).toBeNull();
  });

  it('never shows a count between 1 and threshold − 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }),
        fc.integer({ min: 2, max: 10 }),
        fc.boolean(),
        (counts, threshold, onePerMember) => {
          const shown = shownPicture(picture(counts, onePerMember), threshold);
          for (const cell of shown?.cells ?? [])
            if ('count' in cell) expect(cell.count === 0 || cell.count >= threshold).toBe(true);
        },
      ),
    );
  });
});
