import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberAnswerRecord } from '../../../shared/activities/counseling-module.js';
import { strengthCards } from '../../../shared/activities/strength-cards/index.js';
import { currentCards, currentPicks } from '../../../shared/activities/strength-cards/records.js';
import {
  C1,
  C2,
  C3,
  C4,
  C5,
  C6,
  C7,
  config,
  giveCtx,
  nick,
  personalCtx,
  row,
} from './strength-cards-fixtures.js';

const MEMBERS = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
const CARDS = [C1, C2, C3, C4, C5, C6, C7];
const ME = 'm0';

const anyRow = fc.record({
  giver: fc.constantFrom(...MEMBERS),
  subject: fc.constantFrom(...MEMBERS),
  kind: fc.constantFrom('pick', 'example', 'card'),
  card: fc.constantFrom(...CARDS),
  rank: fc.integer({ min: 0, max: 3 }),
  removed: fc.boolean(),
  signed: fc.boolean(),
  held: fc.boolean(),
});

type RowSpec = typeof anyRow extends fc.Arbitrary<infer T> ? T : never;

/** Every text carries a marker naming whose it is, so the view's JSON can be searched for leaks. */
function build(spec: RowSpec, n: number): MemberAnswerRecord {
  if (spec.kind === 'example') return row(spec.giver, 'example', { text: `ex-${spec.giver}-${n}` });
  if (spec.kind === 'pick')
    return row(spec.giver, `pick:${spec.card}`, spec.removed ? { removed: true } : { rank: spec.rank });
  const value = spec.removed ? { removed: true } : { note: `note-${spec.giver}-${spec.subject}-${n}` };
  return row(spec.giver, `card:${spec.card}`, value, {
    subject: spec.subject,
    signed: spec.signed,
    noteState: spec.held ? 'held' : 'shown',
  });
}

describe('strength-cards personal view: privacy properties', () => {
  it('never holds another member’s own answers, a held or misaddressed note, or an unsigned giver’s name', () => {
    fc.assert(
      fc.property(
        fc.array(anyRow, { maxLength: 60 }),
        fc.subarray(MEMBERS.filter((m) => m !== ME)),
        fc.boolean(),
        (specs, groupMates, adversarial) => {
          const rows = specs.map(build);
          // Honest: what the server passes. Adversarial: every row in both lists; the module must still filter.
          const given = adversarial ? rows : rows.filter((r) => r.memberId === ME);
          const received = adversarial
            ? rows
            : rows.filter((r) => r.subjectMemberId === ME && r.noteState !== 'held');
          const v = strengthCards.personalView(
            config(),
            personalCtx({ memberId: ME, given, received, groupMates }),
          );
          const json = JSON.stringify(v);

          const myPicks = currentPicks(rows.filter((r) => r.memberId === ME)).map((p) => p.cardId);
          expect(v.picks.map((p) => p.cardId).sort()).toEqual([...new Set(myPicks)].sort());
          for (const other of MEMBERS.filter((m) => m !== ME)) expect(json).not.toContain(`ex-${other}-`);

          const newest = currentCards(rows);
          const held = new Set(
            rows.filter((r) => r.noteState === 'held').map((r) => JSON.stringify(r.value)),
          );
          const allowedNotes = new Set(
            newest
              .filter(
                (c) =>
                  c.memberId === ME ||
                  (c.subjectMemberId === ME && !held.has(JSON.stringify({ note: c.note }))),
              )
              .map((c) => c.note),
          );
          for (const marker of json.match(/note-m\d-m\d-\d+/g) ?? []) expect(allowedNotes).toContain(marker);

          const named = new Set([
            ...groupMates,
            ...v.given.map((g) => g.subjectMemberId),
            ...newest.filter((c) => c.subjectMemberId === ME && c.signed).map((c) => c.memberId),
          ]);
          for (const other of MEMBERS.filter((m) => !named.has(m))) expect(json).not.toContain(nick(other));
          for (const c of v.received) {
            for (const note of c.notes) {
              const giver = /^note-(m\d)-/.exec(note.text)![1]!;
              const source = newest.find((r) => r.note === note.text)!;
              expect(note.from).toEqual(
                source.signed ? { ko: nick(giver), en: nick(giver) } : { ko: '익명', en: 'anonymous' },
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

const attempt = fc.record({
  kind: fc.constantFrom('pick', 'card'),
  card: fc.constantFrom(...CARDS),
  rank: fc.integer({ min: 0, max: 3 }),
  removed: fc.boolean(),
  subject: fc.constantFrom(...MEMBERS),
  phase: fc.constantFrom('sort', 'feedback'),
});

describe('strength-cards checkAnswer: invariants over any sequence of answers', () => {
  it('keeps picks within the limit with unique ranks, cards within cardsPerPeer and inside the group', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(attempt, { maxLength: 40 }),
        (picks, topWish, cardsPerPeer, attempts) => {
          const cfg = config({ picks, top: Math.min(topWish, picks), cardsPerPeer });
          const groupMates = ['m2', 'm3'];
          const store = new Map<string, MemberAnswerRecord>();
          for (const a of attempts) {
            const subject = a.kind === 'card' ? a.subject : null;
            const itemKey = `${a.kind}:${a.card}`;
            const value = a.removed ? { removed: true } : a.kind === 'pick' ? { rank: a.rank } : { note: '' };
            const own = [...store.values()];
            const ctx = giveCtx({
              giverId: 'm1',
              itemKey,
              subjectMemberId: subject,
              phase: a.phase,
              groupMates,
              own,
            });
            const result = strengthCards.checkAnswer(cfg, ctx, value);
            if (result.ok) store.set(`${subject}|${itemKey}`, row('m1', itemKey, result.value, { subject }));
          }
          const rows = [...store.values()];
          const current = currentPicks(rows);
          expect(current.length).toBeLessThanOrEqual(cfg.picks);
          const ranks = current.filter((p) => p.rank > 0).map((p) => p.rank);
          expect(new Set(ranks).size).toBe(ranks.length);
          expect(ranks.every((r) => r <= cfg.top)).toBe(true);
          const cards = currentCards(rows);
          for (const mate of MEMBERS) {
            expect(cards.filter((c) => c.subjectMemberId === mate).length).toBeLessThanOrEqual(
              cfg.cardsPerPeer,
            );
          }
          expect(cards.every((c) => groupMates.includes(c.subjectMemberId))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
