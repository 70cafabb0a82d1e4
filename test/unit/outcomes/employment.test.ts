import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPLOYMENT_WINDOW_MONTHS,
  employmentRate,
  type EmploymentMember,
  type EmploymentOutcome,
  type Placement,
} from '../../../shared/outcomes/employment.js';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../../shared/outcomes/latest.js';

let clock = 0;
/** A record entered a moment after the previous one. */
const outcome = (
  checkpointMonths: number,
  asOf: string,
  status: OutcomeStatus,
  placement: Placement | null = null,
  superseded = false,
): EmploymentOutcome => ({ checkpointMonths, asOf, status, placement, superseded, recordedAt: ++clock });

const completer = (...outcomes: EmploymentOutcome[]): EmploymentMember => ({ completed: true, outcomes });

describe('employment rate', () => {
  it('counts each completer by their latest current outcome within six months', () => {
    // A program whose last day is 2026-03-06. Worked by hand, member by member:
    const members: EmploymentMember[] = [
      // A: seeking at completion, employed (self) at 1 month → employed, self
      completer(outcome(0, '2026-03-06', 'seeking'), outcome(1, '2026-04-06', 'employed', 'self')),
      // B: seeking, then employed (placed) at 3 months → employed, placed
      completer(outcome(0, '2026-03-06', 'seeking'), outcome(3, '2026-06-08', 'employed', 'placed')),
      // C: employed at 1 month, seeking again at 3 → seeking (where they are, not whether they ever were)
      completer(outcome(1, '2026-04-06', 'employed', 'self'), outcome(3, '2026-06-08', 'seeking')),
      // D: in a 내일배움카드 course at 1 month → training
      completer(outcome(1, '2026-04-06', 'training')),
      // E: employed (placed) at 6 months; seeking at 12 is outside the window → employed, placed
      completer(outcome(6, '2026-09-07', 'employed', 'placed'), outcome(12, '2027-03-08', 'seeking')),
      // F: "employed" at 1 month was a mistake, corrected to unreachable → unreachable, not reached
      completer(outcome(1, '2026-04-06', 'employed', 'self', true), outcome(1, '2026-04-06', 'unreachable')),
      // G: declined follow-up at completion → declined, not reached
      completer(outcome(0, '2026-03-06', 'declined')),
      // H: nothing recorded → no outcome, not reached
      completer(),
      // I: did not complete → not counted at all, though employed
      { completed: false, outcomes: [outcome(1, '2026-04-06', 'employed', 'placed')] },
      // J: two records for the same day: seeking, then employed (self) entered later → employed, self
      completer(outcome(3, '2026-06-08', 'seeking'), outcome(3, '2026-06-08', 'employed', 'self')),
    ];
    // completers A–H, J = 9; employed A, B, E, J = 4 (self A, J; placed B, E); training D; seeking C;
    // reached 4 + 1 + 1 = 6; unreachable F, declined G, no outcome H; rate 4 / 6.
    expect(employmentRate(members)).toEqual({
      completers: 9,
      reached: 6,
      employed: 4,
      employedSelf: 2,
      employedPlaced: 2,
      training: 1,
      seeking: 1,
      unreachable: 1,
      declined: 1,
      noOutcome: 1,
      rate: 4 / 6,
    });
  });

  it('orders by the date the outcome holds for, not by checkpoint or entry order', () => {
    // the 1-month call, entered last, learned of a job that began after the 3-month record's date
    const later = completer(
      outcome(3, '2026-06-08', 'seeking'),
      outcome(1, '2026-06-15', 'employed', 'self'),
    );
    expect(employmentRate([later])).toMatchObject({ employed: 1, seeking: 0 });
    // entered in the other order, same answer
    const swapped = completer(later.outcomes[1]!, later.outcomes[0]!);
    expect(employmentRate([swapped])).toMatchObject({ employed: 1, seeking: 0 });
  });

  it('gives the figures of a seed team like the issue’s (본인취업 32 · 알선취업 3, 85%)', () => {
    // The issue gives no denominator; 41 reached is the one that makes 35 employed 85%:
    // 32 self, 3 placed, 6 still seeking → 35 / 41 = 0.8537 → 85%
    const members = [
      ...Array.from({ length: 32 }, () => completer(outcome(6, '2026-09-07', 'employed', 'self'))),
      ...Array.from({ length: 3 }, () => completer(outcome(6, '2026-09-07', 'employed', 'placed'))),
      ...Array.from({ length: 6 }, () => completer(outcome(6, '2026-09-07', 'seeking'))),
    ];
    const r = employmentRate(members);
    expect([r.employedSelf, r.employedPlaced, r.employed, r.reached]).toEqual([32, 3, 35, 41]);
    expect(r.rate).toBeCloseTo(35 / 41, 12);
    expect(Math.round(r.rate! * 100)).toBe(85);
  });

  it('has no rate when nobody was reached', () => {
    expect(employmentRate([])).toMatchObject({ completers: 0, reached: 0, rate: null });
    const r = employmentRate([completer(outcome(0, '2026-03-06', 'unreachable')), completer()]);
    expect(r).toMatchObject({ completers: 2, reached: 0, unreachable: 1, noOutcome: 1, rate: null });
  });

  it('uses checkpoints 0 to 6 months only', () => {
    expect(EMPLOYMENT_WINDOW_MONTHS).toBe(6);
    const r = employmentRate([completer(outcome(12, '2027-03-08', 'employed', 'self'))]);
    expect(r).toMatchObject({ employed: 0, noOutcome: 1, rate: null });
  });

  it('refuses a placement without employment, or employment without one', () => {
    expect(() => employmentRate([completer(outcome(1, '2026-04-06', 'employed'))])).toThrow(RangeError);
    expect(() => employmentRate([completer(outcome(1, '2026-04-06', 'seeking', 'self'))])).toThrow(
      RangeError,
    );
  });

  it('splits completers without a remainder', () => {
    const record = fc
      .record({
        checkpointMonths: fc.constantFrom(0, 1, 3, 6, 12),
        asOf: fc.constantFrom('2026-03-06', '2026-04-06', '2026-06-08'),
        recordedAt: fc.integer({ min: 0, max: 5 }),
        superseded: fc.boolean(),
        status: fc.constantFrom(...OUTCOME_STATUSES),
        self: fc.boolean(),
      })
      .map(({ self, ...o }): EmploymentOutcome => ({
        ...o,
        placement: o.status === 'employed' ? (self ? 'self' : 'placed') : null,
      }));
    const member = fc.record({ completed: fc.boolean(), outcomes: fc.array(record, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 8 }), (members) => {
        const r = employmentRate(members);
        expect(r.completers).toBe(members.filter((m) => m.completed).length);
        expect(r.reached).toBe(r.employed + r.training + r.seeking);
        expect(r.completers).toBe(r.reached + r.unreachable + r.declined + r.noOutcome);
        expect(r.employed).toBe(r.employedSelf + r.employedPlaced);
        expect(r.rate).toBe(r.reached > 0 ? r.employed / r.reached : null);
      }),
    );
  });
});
