import { describe, expect, it } from 'vitest';
import { strengthCards } from '../../../shared/activities/strength-cards/index.js';
import { progress } from '../../../shared/activities/strength-cards/picture.js';
import { cardById } from '../../../shared/activities/strength-cards/cards.js';
import {
  C1,
  C2,
  C3,
  C4,
  C5,
  C6,
  card,
  config,
  nick,
  personalCtx,
  pick,
  row,
  unpick,
} from './strength-cards-fixtures.js';

const view = strengthCards.personalView;
const ANON = { ko: '익명', en: 'anonymous' };

describe('strength-cards personal view', () => {
  it('lists my picks in rank order with names and families, then the unranked in picking order', () => {
    const given = [pick('m1', C4), pick('m1', C2, 2), pick('m1', C1, 1), pick('m1', C3), unpick('m1', C3)];
    const v = view(config(), personalCtx({ given, phase: 'sort' }));
    expect(v.picks.map((p) => [p.cardId, p.rank])).toEqual([
      [C1, 1],
      [C2, 2],
      [C4, 0],
    ]);
    expect(v.picks[0]!.name).toEqual(cardById(C1)!.name);
    expect(v.picks[0]!.familyName.ko.length).toBeGreaterThan(0);
    expect(v.phase).toBe('sort');
    expect(v.deck).toEqual(config().deck);
    expect(v.families.map((f) => f.id)).toContain(cardById(C1)!.family);
  });
  it('shows my example (trimmed-empty is none) and hides it when the config has no example', () => {
    const given = [row('m1', 'example', { text: '개근 2년' })];
    expect(view(config(), personalCtx({ given })).example).toBe('개근 2년');
    expect(view(config({ example: false }), personalCtx({ given })).example).toBeNull();
    expect(view(config(), personalCtx({ given: [row('m1', 'example', { text: '' })] })).example).toBeNull();
  });
  it('groups received cards by card with notes; names only signed givers; drops held, removed and empty notes', () => {
    const received = [
      card('m2', 'm1', C1, '늘 웃어요', { signed: true }),
      card('m3', 'm1', C1, '고마웠어요'),
      card('m4', 'm1', C1, ''),
      card('m5', 'm1', C2, '비밀', { noteState: 'held' }),
      row('m5', `card:${C3}`, { removed: true }, { subject: 'm1' }),
    ];
    const v = view(config(), personalCtx({ received }));
    expect(v.received).toHaveLength(1);
    expect(v.received[0]).toMatchObject({ cardId: C1, count: 3 });
    expect(v.received[0]!.notes).toEqual([
      { text: '늘 웃어요', from: { ko: nick('m2'), en: nick('m2') }, signed: true },
      { text: '고마웠어요', from: ANON, signed: false },
    ]);
    expect(JSON.stringify(v)).not.toContain('비밀');
  });
  it('finds the cards both I and others saw, and lists what I gave per receiver', () => {
    const given = [pick('m1', C1, 1), pick('m1', C2), card('m1', 'm2', C5, '리더!', { signed: true })];
    const received = [card('m2', 'm1', C2), card('m3', 'm1', C6)];
    const v = view(config(), personalCtx({ given, received }));
    expect(v.bothSeen.map((c) => c.cardId)).toEqual([C2]);
    expect(v.given).toEqual([
      { subjectMemberId: 'm2', nickname: nick('m2'), cards: [{ cardId: C5, note: '리더!', signed: true }] },
    ]);
  });
  it('offers my group-mates in group scope, the whole program in room scope (≤ 20 members)', () => {
    expect(view(config(), personalCtx()).peers.map((p) => p.memberId)).toEqual(['m2', 'm3']);
    expect(view(config({ scope: 'room' }), personalCtx()).peers).toEqual(
      ['m2', 'm3', 'm4', 'm5'].map((id) => ({ memberId: id, nickname: nick(id) })),
    );
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`m${i + 1}`, nick(`m${i + 1}`)]));
    const big = view(config({ scope: 'room' }), personalCtx({ nicknames: many }));
    expect(big.peers.map((p) => p.memberId)).toEqual(['m2', 'm3']);
  });
});

describe('strength-cards group picture', () => {
  it('counts the people with a current pick in each family; peer cards and removed picks do not count', () => {
    const answers = [
      pick('m1', C1, 1),
      pick('m2', C1),
      pick('m2', C2),
      unpick('m3', C3),
      card('m1', 'm2', C4),
    ];
    const picture = strengthCards.groupPicture!(config(), answers);
    expect(picture.onePerMember).toBe(false);
    expect(picture.cells).toHaveLength(5);
    // m1 and m2 picked in C1's family (m2 twice): two people, not three picks.
    const people = new Map<string, Set<string>>();
    for (const [member, id] of [
      ['m1', C1],
      ['m2', C1],
      ['m2', C2],
    ] as const) {
      const family = cardById(id)!.family;
      people.set(family, (people.get(family) ?? new Set()).add(member));
    }
    for (const cell of picture.cells) expect(cell.count).toBe(people.get(cell.key)?.size ?? 0);
    expect(picture.cells.every((c) => c.label.ko && c.label.en)).toBe(true);
  });

  it('counts one member picking three cards of a family as one person, so the rule hides it', () => {
    const family = cardById(C1)!.family;
    const sameFamily = [C1, C2, C3].filter((id) => cardById(id)!.family === family);
    expect(sameFamily).toHaveLength(3);
    const picture = strengthCards.groupPicture!(
      config(),
      sameFamily.map((id) => pick('m1', id)),
    );
    expect(picture.cells.find((c) => c.key === family)?.count).toBe(1);
  });
});

describe('strength-cards progress', () => {
  const answers = [
    pick('m1', C1),
    pick('m1', C2),
    unpick('m1', C2),
    pick('m2', C1),
    card('m1', 'm2', C3),
    card('m1', 'm4', C3),
    row('m2', `card:${C3}`, { removed: true }, { subject: 'm1' }),
  ];
  it('reports current picks of `picks` in the sort (the default without a phase)', () => {
    expect(strengthCards.progress(config(), answers, ['m1', 'm2', 'm3'])).toEqual({
      m1: { done: 1, total: 5 },
      m2: { done: 1, total: 5 },
      m3: { done: 0, total: 5 },
    });
  });
  it('reports group-mates given a card in the feedback, counting only people in scope', () => {
    const groupMates = { m1: ['m2', 'm3'], m2: ['m1', 'm3'], m3: ['m1', 'm2'] };
    const ctx = { phase: 'feedback', groupMates };
    expect(progress(config(), answers, ['m1', 'm2', 'm3', 'm4'], ctx)).toEqual({
      m1: { done: 1, total: 2 },
      m2: { done: 0, total: 2 },
      m3: { done: 0, total: 2 },
      m4: { done: 0, total: 0 },
    });
    expect(progress(config({ scope: 'room' }), answers, ['m1', 'm2', 'm3', 'm4'], ctx).m1).toEqual({
      done: 2,
      total: 3,
    });
  });
});

describe('strength-cards report section', () => {
  it('is null when the member has nothing in it', () => {
    expect(strengthCards.reportSection!(config(), personalCtx())).toBeNull();
  });
  it('holds my top cards, other picks, example, visible received notes and the both-seen cards', () => {
    const given = [pick('m1', C1, 1), pick('m1', C2), row('m1', 'example', { text: '재고 손실을 막았다' })];
    const received = [
      card('m2', 'm1', C2, '꼼꼼해요'),
      card('m3', 'm1', C5, '보류된 말', { noteState: 'held' }),
      card('m4', 'm1', C5, '서명한 말', { signed: true }),
    ];
    const section = strengthCards.reportSection!(config(), personalCtx({ given, received }))!;
    expect(section.title).toEqual({ ko: '나의 강점', en: 'My strengths' });
    const all = JSON.stringify(section);
    expect(all).toContain(`1위 ${cardById(C1)!.name.ko}`);
    expect(all).toContain('재고 손실을 막았다');
    expect(all).toContain(`“꼼꼼해요” — 익명`);
    expect(all).toContain(`“서명한 말” — ${nick('m4')}`);
    expect(all).not.toContain('보류된 말');
    expect(all).not.toContain(nick('m2'));
    expect(all).not.toContain(nick('m3'));
    expect(all).toContain('다른 사람도 알아본 강점');
  });
});
