import { describe, expect, it } from 'vitest';
import { counselingConfigOf, counselingModules } from '../../../shared/activities/counseling-registry.js';
import { strengthCards } from '../../../shared/activities/strength-cards/index.js';
import { cardKey } from '../../../shared/activities/strength-cards/schemas.js';
import { mockInterview } from '../../../shared/activities/mock-interview/index.js';
import { ALL_CARD_IDS, cardLabel } from '../../../shared/activities/strength-cards/cards.js';

/** Peer notes the facilitator can hold before their receivers read them (issue 10: "a note has a state"). */
describe('modules with notes', () => {
  it('are the types whose members write each other notes, and each opens with notes held on request', () => {
    const withNotes = Object.values(counselingModules).filter((m) => m.notes);
    expect(withNotes.map((m) => m.type).sort()).toEqual(['mock-interview', 'strength-cards']);
    for (const module of withNotes) {
      // The console's "review first" option sends holdNotes over the line's settings.
      expect(counselingConfigOf(module.type, { holdNotes: true })).toMatchObject({ holdNotes: true });
      expect(module.openedBy === 'line' && module.defaultConfig()).toMatchObject({ holdNotes: false });
    }
  });

  it('strength cards: a peer card names its card and carries its note; picks and taken-back cards are no note', () => {
    const id = ALL_CARD_IDS[0]!;
    const name = cardLabel(id)!.name;
    const describe = strengthCards.notes!.describe;
    expect(describe(cardKey(id), { note: '발표할 때 차분했어요' })).toEqual({
      label: name,
      text: '발표할 때 차분했어요',
    });
    expect(describe(cardKey(id), { note: '' })).toEqual({ label: name, text: '' });
    expect(describe(cardKey(id), { removed: true })).toBeNull();
    expect(describe(`pick:${id}`, { rank: 1 })).toBeNull();
    expect(describe('example', { text: '예시' })).toBeNull();
    // A card the library no longer has still shows, by its id.
    expect(describe(cardKey('gone'), { note: 'x' })).toEqual({
      label: { ko: 'gone', en: 'gone' },
      text: 'x',
    });
  });

  it('mock interview: strengths, suggestions and the interviewer note are notes; rubric scores are not', () => {
    const describe = mockInterview.notes!.describe;
    expect(describe('strength', { text: '눈을 잘 맞췄어요' })).toEqual({
      label: { ko: '잘한 점', en: 'Strengths' },
      text: '눈을 잘 맞췄어요',
    });
    expect(describe('suggestion', { text: '예를 더' })?.label.ko).toBe('더 좋아질 점');
    expect(describe('note', { text: '메모' })?.label.ko).toBe('면접관의 메모');
    expect(describe('rubric:clarity', { score: 4 })).toBeNull();
    expect(describe('strength', { wrong: 1 })).toBeNull();
    expect(describe('unknown', { text: 'x' })).toBeNull();
  });
});
