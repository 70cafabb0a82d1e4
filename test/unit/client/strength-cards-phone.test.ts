import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Phone } from '../../../client/src/activities/strength-cards/Phone.js';
import { rankAnswers } from '../../../client/src/activities/strength-cards/rank-moves.js';
import { strings } from '../../../client/src/activities/strength-cards/strings.js';
import type { CounselingPhoneProps } from '../../../client/src/activities/counseling-types.js';
import { strengthCards } from '../../../shared/activities/strength-cards/index.js';
import type {
  StrengthCardsConfig,
  StrengthCardsPersonal,
} from '../../../shared/activities/strength-cards/index.js';
import { strengths } from '../../../shared/content/strengths.js';
import {
  C1,
  C2,
  C3,
  C4,
  C5,
  card,
  config,
  personalCtx,
  pick,
} from '../activities/strength-cards-fixtures.js';

const noGive = () => Promise.resolve();

function render(personal: StrengthCardsPersonal | null, phase: string, cfg: StrengthCardsConfig = config()) {
  const props: CounselingPhoneProps<StrengthCardsConfig, StrengthCardsPersonal> = {
    idPrefix: 't',
    activity: { id: 'act', type: 'strength-cards', title: '강점 찾기', config: cfg, pace: 'live', phase },
    personal,
    group: null,
    give: noGive,
  };
  return renderToStaticMarkup(createElement(Phone, props));
}

const keysOf = (tree: unknown, prefix = ''): string[] =>
  typeof tree === 'object' && tree !== null
    ? Object.entries(tree).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`))
    : [prefix];

describe('strength-cards phone: rank moves', () => {
  const picks = [
    { cardId: 'a', rank: 1 },
    { cardId: 'b', rank: 2 },
    { cardId: 'c', rank: 0 },
  ];
  const steps = (cardId: string, rank: number) =>
    rankAnswers(picks, cardId, rank).map((a) => [a.itemKey, (a.value as { rank: number }).rank]);

  it('swaps with the card holding the rank: it steps down first, then takes the old rank', () => {
    expect(steps('b', 1)).toEqual([
      ['pick:a', 0],
      ['pick:b', 1],
      ['pick:a', 2],
    ]);
  });
  it('takes a free rank at once; an unranked card displaces the holder to no rank', () => {
    expect(steps('c', 3)).toEqual([['pick:c', 3]]);
    expect(steps('c', 1)).toEqual([
      ['pick:a', 0],
      ['pick:c', 1],
    ]);
  });
  it('takes a rank away, and does nothing for the rank a card already has', () => {
    expect(steps('a', 0)).toEqual([['pick:a', 0]]);
    expect(steps('a', 1)).toEqual([]);
  });
});

describe('strength-cards phone: render', () => {
  it('says it is loading without a personal view', () => {
    expect(render(null, 'sort')).toContain('불러오는 중');
  });
  it('shows every deck card in the sort, picked ones pressed, the others disabled at the limit', () => {
    const given = [pick('m1', C1, 1), pick('m1', C2), pick('m1', C3), pick('m1', C4), pick('m1', C5)];
    const personal = strengthCards.personalView(config(), personalCtx({ given, phase: 'sort' }));
    const html = render(personal, 'sort');
    for (const c of strengths) expect(html).toContain(c.name.ko);
    expect(html.match(/aria-pressed="true" disabled=""/g) ?? []).toHaveLength(0);
    expect(html).toContain('5 / 5장 골랐어요');
    expect(html).toContain('다 골랐어요');
    const disabledCards = html.match(/class="sc-card" aria-pressed="false" disabled=""/g) ?? [];
    expect(disabledCards).toHaveLength(strengths.length - 5);
    expect(html).toContain('1위');
    expect(html).not.toContain('서로 강점 카드 주기');
    // The example sits right under my picks (before the deck), and only when the config asks for one.
    expect(html.indexOf('나의 경험 (선택)')).toBeGreaterThan(html.indexOf('data-testid="sc-picks"'));
    expect(html.indexOf('나의 경험 (선택)')).toBeLessThan(html.indexOf('class="sc-family"'));
    expect(render(personal, 'sort', config({ example: false }))).not.toContain('나의 경험 (선택)');
  });
  it('shows a form per peer, the pair notice, and the profile with received notes in the feedback', () => {
    const given = [pick('m1', C1, 1), card('m1', 'm2', C3, '잘 들어 줘요', { signed: true })];
    const received = [
      card('m2', 'm1', C1, '늘 먼저 와요'),
      card('m3', 'm1', C2, '고마워요', { signed: true }),
    ];
    const personal = strengthCards.personalView(
      config(),
      personalCtx({ given, received, groupMates: ['m2'] }),
    );
    const html = render(personal, 'feedback');
    expect(html).toContain('서로 강점 카드 주기');
    expect(html).toContain('data-testid="sc-peer-m2"');
    expect(html).toContain('class="sc-notice"');
    expect(html).toContain('이름 밝히기');
    expect(html).toContain('잘 들어 줘요');
    expect(html).toContain('늘 먼저 와요');
    expect(html).toContain('익명');
    expect(html).toContain('nick-m3');
    expect(html).toContain('다른 사람도 알아본 강점');
  });
  it('has every string in both languages', () => {
    expect(keysOf(strings.en).sort()).toEqual(keysOf(strings.ko).sort());
  });
});
