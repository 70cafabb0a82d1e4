import { describe, expect, it } from 'vitest';
import { strengthCards } from '../../../shared/activities/strength-cards/index.js';
import { ALL_CARD_IDS } from '../../../shared/activities/strength-cards/cards.js';
import {
  C1,
  C2,
  C3,
  C4,
  C5,
  C6,
  card,
  config,
  giveCtx,
  pick,
  row,
  unpick,
} from './strength-cards-fixtures.js';

const check = strengthCards.checkAnswer;
const code = (result: ReturnType<typeof check>) => (result.ok ? 'ok' : result.code);

describe('strength-cards config', () => {
  it('defaults to the whole deck, 5 picks, a top 3, an example, group scope, one card per peer, notes shown', () => {
    expect(strengthCards.defaultConfig()).toEqual({
      deck: [...ALL_CARD_IDS],
      picks: 5,
      top: 3,
      example: true,
      scope: 'group',
      cardsPerPeer: 1,
      holdNotes: false,
    });
    expect(ALL_CARD_IDS).toHaveLength(28);
    expect(strengthCards.configSchema.parse({})).toEqual(strengthCards.defaultConfig());
  });
  it('is a live activity sorting first, then giving feedback', () => {
    expect(strengthCards.type).toBe('strength-cards');
    expect(strengthCards.pace).toBe('live');
    expect(strengthCards.phases).toEqual(['sort', 'feedback']);
  });
  it('refuses an unknown or repeated card, out-of-range counts, a top above the picks, picks above the deck', () => {
    const parse = (over: Record<string, unknown>) => strengthCards.configSchema.safeParse(over).success;
    expect(parse({ deck: [C1, C2, C3, C4, C5] })).toBe(true);
    expect(parse({ deck: ['no-such-card'] })).toBe(false);
    expect(parse({ deck: [C1, C1, C2, C3, C4, C5] })).toBe(false);
    expect(parse({ deck: [] })).toBe(false);
    expect(parse({ picks: 0 })).toBe(false);
    expect(parse({ picks: 11 })).toBe(false);
    expect(parse({ picks: 2, top: 3 })).toBe(false);
    expect(parse({ picks: 2, top: 2 })).toBe(true);
    expect(parse({ top: 0 })).toBe(false);
    expect(parse({ deck: [C1, C2], picks: 3, top: 1 })).toBe(false);
    expect(parse({ cardsPerPeer: 4 })).toBe(false);
    expect(parse({ scope: 'everyone' })).toBe(false);
    expect(parse({ holdNotes: 'yes' })).toBe(false);
  });
});

describe('strength-cards checkAnswer: picks', () => {
  it('stores a pick in the sort phase as an own answer, and refuses it in the feedback phase', () => {
    expect(check(config(), giveCtx(), { rank: 1 })).toEqual({
      ok: true,
      value: { rank: 1 },
      noteState: null,
    });
    expect(code(check(config(), giveCtx({ phase: 'feedback' }), { rank: 0 }))).toBe('wrong_phase');
  });
  it('refuses a card outside the deck, a rank above the top, mixed or malformed values', () => {
    const small = config({ deck: [C1, C2, C3, C4, C5] });
    expect(code(check(small, giveCtx({ itemKey: `pick:${C6}` }), { rank: 0 }))).toBe('invalid_answer');
    expect(code(check(config({ top: 2 }), giveCtx(), { rank: 3 }))).toBe('invalid_answer');
    for (const bad of [
      { rank: -1 },
      { rank: 1.5 },
      { rank: 1, removed: true },
      { removed: false },
      'x',
      null,
    ]) {
      expect(code(check(config(), giveCtx(), bad))).toBe('invalid_answer');
    }
  });
  it('refuses unknown item keys, a subject on a pick and any round but 0', () => {
    expect(code(check(config(), giveCtx({ itemKey: 'pick:' }), { rank: 0 }))).toBe('invalid_answer');
    expect(code(check(config(), giveCtx({ itemKey: 'rank:x' }), { rank: 0 }))).toBe('invalid_answer');
    expect(code(check(config(), giveCtx({ subjectMemberId: 'm2' }), { rank: 0 }))).toBe('invalid_answer');
    expect(code(check(config(), giveCtx({ round: 1 }), { rank: 0 }))).toBe('invalid_answer');
  });
  it('counts only current own picks against the limit; re-picking a card is an edit', () => {
    const own = [pick('m1', C1), pick('m1', C2), pick('m1', C3), pick('m1', C4), pick('m1', C5)];
    const sixth = giveCtx({ itemKey: `pick:${C6}`, own });
    expect(code(check(config(), sixth, { rank: 0 }))).toBe('limit_reached');
    expect(code(check(config(), giveCtx({ itemKey: `pick:${C5}`, own }), { rank: 2 }))).toBe('ok');
    const afterUnpick = giveCtx({ itemKey: `pick:${C6}`, own: [...own, unpick('m1', C5)] });
    expect(code(check(config(), afterUnpick, { rank: 0 }))).toBe('ok');
    // Another member's rows never count (the server passes the giver's own; this proves the module does not rely on it).
    const othersRows = [C2, C3, C4, C5, C6].map((id) => pick('m2', id));
    expect(code(check(config(), giveCtx({ own: othersRows }), { rank: 0 }))).toBe('ok');
  });
  it('always lets a pick be taken back, even at the limit, and only for a card in the deck or already held', () => {
    const own = [C1, C2, C3, C4, C5].map((id) => pick('m1', id));
    expect(code(check(config(), giveCtx({ itemKey: `pick:${C5}`, own }), { removed: true }))).toBe('ok');
    const small = config({ deck: [C1, C2, C3, C4, C5] });
    expect(code(check(small, giveCtx({ itemKey: `pick:${C6}` }), { removed: true }))).toBe('invalid_answer');
    const held = [pick('m1', C6)];
    expect(code(check(small, giveCtx({ itemKey: `pick:${C6}`, own: held }), { removed: true }))).toBe('ok');
  });
  it('refuses a rank another current pick holds; the same card may keep it, a removed card frees it', () => {
    const own = [pick('m1', C1, 1), pick('m1', C2, 2)];
    expect(code(check(config(), giveCtx({ itemKey: `pick:${C3}`, own }), { rank: 1 }))).toBe(
      'invalid_answer',
    );
    expect(code(check(config(), giveCtx({ itemKey: `pick:${C3}`, own }), { rank: 3 }))).toBe('ok');
    expect(code(check(config(), giveCtx({ itemKey: `pick:${C3}`, own }), { rank: 0 }))).toBe('ok');
    expect(code(check(config(), giveCtx({ itemKey: `pick:${C1}`, own }), { rank: 1 }))).toBe('ok');
    const freed = [...own, unpick('m1', C1)];
    expect(code(check(config(), giveCtx({ itemKey: `pick:${C3}`, own: freed }), { rank: 1 }))).toBe('ok');
  });
});

describe('strength-cards checkAnswer: example', () => {
  it('takes a trimmed example of at most 300 characters in any phase', () => {
    for (const phase of ['sort', 'feedback']) {
      expect(check(config(), giveCtx({ itemKey: 'example', phase }), { text: '  알바 2년 개근 ' })).toEqual({
        ok: true,
        value: { text: '알바 2년 개근' },
        noteState: null,
      });
    }
    expect(code(check(config(), giveCtx({ itemKey: 'example' }), { text: 'x'.repeat(300) }))).toBe('ok');
    expect(code(check(config(), giveCtx({ itemKey: 'example' }), { text: 'x'.repeat(301) }))).toBe(
      'invalid_answer',
    );
    expect(code(check(config(), giveCtx({ itemKey: 'example' }), { text: 'a\u0000b' }))).toBe(
      'invalid_answer',
    );
  });
  it('refuses an example when the config has none, or one about someone else', () => {
    expect(code(check(config({ example: false }), giveCtx({ itemKey: 'example' }), { text: 'x' }))).toBe(
      'invalid_answer',
    );
    expect(code(check(config(), giveCtx({ itemKey: 'example', subjectMemberId: 'm2' }), { text: 'x' }))).toBe(
      'invalid_answer',
    );
  });
});

describe('strength-cards checkAnswer: peer cards', () => {
  const cardCtx = (over: Parameters<typeof giveCtx>[0] = {}) =>
    giveCtx({ phase: 'feedback', itemKey: `card:${C1}`, subjectMemberId: 'm2', ...over });

  it('stores a card for a group-mate with its note shown, or held when the config holds notes', () => {
    expect(check(config(), cardCtx(), { note: ' 늘 먼저 와 있어요 ' })).toEqual({
      ok: true,
      value: { note: '늘 먼저 와 있어요' },
      noteState: 'shown',
    });
    expect(check(config({ holdNotes: true }), cardCtx(), { note: '' })).toEqual({
      ok: true,
      value: { note: '' },
      noteState: 'held',
    });
  });
  it('refuses cards in the sort phase, without a subject, to oneself, off the deck, or with a long note', () => {
    expect(code(check(config(), cardCtx({ phase: 'sort' }), { note: '' }))).toBe('wrong_phase');
    expect(code(check(config(), cardCtx({ subjectMemberId: null }), { note: '' }))).toBe('invalid_answer');
    expect(code(check(config(), cardCtx({ subjectMemberId: 'm1' }), { note: '' }))).toBe('invalid_answer');
    const small = config({ deck: [C2, C3, C4, C5, C6] });
    expect(code(check(small, cardCtx(), { note: '' }))).toBe('invalid_answer');
    expect(code(check(config(), cardCtx(), { note: 'x'.repeat(201) }))).toBe('invalid_answer');
    expect(code(check(config(), cardCtx(), { note: 'x', signed: true }))).toBe('invalid_answer');
  });
  it('gives only to group-mates in group scope', () => {
    expect(code(check(config(), cardCtx({ subjectMemberId: 'm4' }), { note: '' }))).toBe('not_in_group');
    expect(code(check(config(), cardCtx({ groupMates: [] }), { note: '' }))).toBe('not_in_group');
  });
  it('gives to anyone in the program in room scope up to 20 members, and to group-mates only beyond', () => {
    const room = config({ scope: 'room' });
    expect(code(check(room, cardCtx({ subjectMemberId: 'm4' }), { note: '' }))).toBe('ok');
    expect(code(check(room, cardCtx({ subjectMemberId: 'stranger' }), { note: '' }))).toBe('not_in_group');
    const twenty = Array.from({ length: 20 }, (_, i) => `m${i + 1}`);
    expect(
      code(check(room, cardCtx({ subjectMemberId: 'm20', programMemberIds: twenty }), { note: '' })),
    ).toBe('ok');
    const big = [...twenty, 'm21'];
    expect(code(check(room, cardCtx({ subjectMemberId: 'm20', programMemberIds: big }), { note: '' }))).toBe(
      'not_in_group',
    );
    expect(code(check(room, cardCtx({ subjectMemberId: 'm2', programMemberIds: big }), { note: '' }))).toBe(
      'ok',
    );
  });
  it('limits cards per peer to cardsPerPeer current cards; editing or removing one stays allowed', () => {
    const own = [card('m1', 'm2', C2), card('m1', 'm3', C3)];
    expect(code(check(config(), cardCtx({ own }), { note: '' }))).toBe('limit_reached');
    expect(code(check(config(), cardCtx({ own, subjectMemberId: 'm3' }), { note: '' }))).toBe(
      'limit_reached',
    );
    expect(code(check(config({ cardsPerPeer: 2 }), cardCtx({ own }), { note: '' }))).toBe('ok');
    expect(code(check(config(), cardCtx({ own, itemKey: `card:${C2}` }), { note: '고쳐 씀' }))).toBe('ok');
    const taken = [...own, row('m1', `card:${C2}`, { removed: true }, { subject: 'm2' })];
    expect(code(check(config(), cardCtx({ own: taken }), { note: '' }))).toBe('ok');
  });
  it('lets a card be taken back even from someone no longer in the group', () => {
    const own = [card('m1', 'm4', C1)];
    const back = cardCtx({ subjectMemberId: 'm4', own });
    expect(check(config(), back, { removed: true })).toEqual({
      ok: true,
      value: { removed: true },
      noteState: 'shown',
    });
  });
});
