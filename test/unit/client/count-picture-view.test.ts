import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CountPictureView } from '../../../client/src/activities/common/CountPictureView.js';
import { LangContext } from '../../../client/src/common/i18n.js';
import { suppressSmallCounts } from '../../../shared/privacy/small-counts.js';

const render = (lang: 'ko' | 'en', counts: number[]) => {
  const cells = suppressSmallCounts(
    counts.map((count, i) => ({ key: `k${i}`, count })),
    3,
  ).map((c) => ({ ...c, label: { ko: `범주${c.key}`, en: `category ${c.key}` } }));
  const picture = { caption: { ko: '강점 가족별 선택 수', en: 'Picks by strength family' }, cells };
  return renderToStaticMarkup(
    createElement(LangContext.Provider, { value: lang }, createElement(CountPictureView, { picture })),
  );
};

describe('the count picture as the projector renders it', () => {
  it('shows exact counts, "3명 미만" for a small one and "—" (with words) for a complementary one', () => {
    // 7 + 1 + 4: the 1 is small; with the total public, the next smallest (4) is hidden too.
    const html = render('ko', [7, 1, 4]);
    expect(html).toContain('강점 가족별 선택 수');
    expect(html).toContain('7명');
    expect(html).toContain('3명 미만');
    expect(html).toContain('—');
    expect(html).toContain('공개하지 않음');
    expect(html).not.toContain('4명');
    expect(html).not.toContain('1명');
  });

  it('speaks English from the link’s language', () => {
    const html = render('en', [5, 2, 6]);
    expect(html).toContain('Picks by strength family');
    expect(html).toContain('fewer than 3');
    expect(html).not.toContain('명');
  });
});
