import { beforeAll, describe, expect, it } from 'vitest';
import { addStrings, translate, type TFn } from '../../../client/src/common/i18n.js';
import { employmentTexts } from '../../../client/src/facilitator/ui/follow-up/outcome-format.js';
import { pathOf, routeFromPath } from '../../../client/src/facilitator/state/route-slice.js';
import { followUpStrings } from '../../../client/src/i18n/facilitator/follow-up.js';
import type { EmploymentFigures } from '../../../shared/outcomes/employment.js';
import { employmentLine } from '../../../shared/outcomes/employment-line.js';

/** The employment rate line as the follow-up tab writes it, and the tab's own address. */
const figures = (f: Partial<EmploymentFigures>): EmploymentFigures => ({
  completers: 0,
  reached: 0,
  employed: 0,
  employedSelf: 0,
  employedPlaced: 0,
  training: 0,
  seeking: 0,
  unreachable: 0,
  declined: 0,
  noOutcome: 0,
  rate: null,
  ...f,
});

describe('the employment rate line', () => {
  const ko: TFn = (key, options) => translate(key, options, 'ko');
  const en: TFn = (key, options) => translate(key, options, 'en');
  beforeAll(() => addStrings(followUpStrings));

  it("reads as the issue's example, with both numbers and the completers", () => {
    // 23 completers, 20 reached: 17 employed (15 self, 2 placed), 2 in training, 1 seeking.
    const f = figures({
      completers: 23,
      reached: 20,
      employed: 17,
      employedSelf: 15,
      employedPlaced: 2,
      training: 2,
      seeking: 1,
      noOutcome: 3,
      rate: 17 / 20,
    });
    const texts = employmentTexts(employmentLine(f, 3), f, 'ko', ko);
    expect(texts.rate).toBe('취업률 85% (17 / 연락된 수료자 20명, 수료자 23명)');
    // Two in training and two placed are below the threshold of 3; 15 self-found would then give the
    // placed cell away by subtraction from the 17 employed, so it is hidden as well.
    expect(texts.training).toBe('훈련 3명 미만');
    expect(texts.placement).toBe('본인취업 비공개 · 알선취업 3명 미만');
    expect(employmentTexts(employmentLine(f, 2), f, 'en', en).rate).toBe(
      'Employment rate 85% (17 / 20 completers reached, 23 completers)',
    );
  });

  it('hides a rate over fewer people than the threshold, and says when nobody was reached', () => {
    const two = figures({ completers: 3, reached: 2, employed: 1, employedPlaced: 1, seeking: 1, rate: 0.5 });
    const texts = employmentTexts(employmentLine(two, 3), two, 'ko', ko);
    expect(texts.rate).toBe('취업률: 연락된 수료자 3명 미만, 표시하지 않음 (수료자 3명)');
    expect(texts.placement).toBe('본인/알선: 세부 비공개 (3명 미만 포함)');
    const none = figures({ completers: 2, noOutcome: 2 });
    expect(employmentTexts(employmentLine(none, 3), none, 'ko', ko)).toEqual({
      rate: '취업률: 아직 연락된 수료자가 없습니다 (수료자 3명 미만)',
      training: '훈련 0명',
      placement: null,
    });
  });
});

describe("the follow-up tab's address", () => {
  it('opens on the tab and goes back to the same address', () => {
    const route = routeFromPath('/facilitator/programs/p-1/follow-up');
    expect(route).toEqual({ name: 'program', programId: 'p-1', tab: 'followUp' });
    expect(pathOf(route)).toBe('/facilitator/programs/p-1/follow-up');
    expect(routeFromPath('/facilitator/programs/p-1')).toEqual({ name: 'program', programId: 'p-1' });
    // The form to open is not part of the address.
    expect(
      pathOf({
        name: 'program',
        programId: 'p-1',
        tab: 'followUp',
        followUp: { memberId: 'm', checkpointMonths: 1 },
      }),
    ).toBe('/facilitator/programs/p-1/follow-up');
  });
});
