import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentVersions } from '../../../shared/content/index.js';
import { assessmentSection, type MemberInstrumentScores } from '../../../shared/report/assessment.js';

const scores = (
  instrumentId: string,
  pre: number | null | undefined,
  post: number | null | undefined,
  days: { pre?: number | null; post?: number | null } = {},
): MemberInstrumentScores => ({
  instrumentId,
  instrumentVersion: 1,
  pre: pre === undefined ? null : { score: pre, dayNumber: days.pre === undefined ? 1 : days.pre },
  post: post === undefined ? null : { score: post, dayNumber: days.post === undefined ? 4 : days.post },
});

const texts = (s: ReturnType<typeof assessmentSection>) =>
  (s?.blocks ?? []).map((b) => (b.kind === 'paragraph' ? b.text : null));

const OECD = {
  ko: 'OECD (2013) 주관적 웰빙 측정 지침의 문항 형식',
  en: 'Question format of the OECD (2013) Guidelines on Measuring Subjective Well-being',
};

describe('나의 변화 / How I changed (design §2.6)', () => {
  it('both scores, higher: the seed case, 2 → 10 on life satisfaction, with its credit', () => {
    const s = assessmentSection({ scores: [scores('life-satisfaction', 2, 10)], dayCount: 4 });
    expect(s?.title).toEqual({ ko: '나의 변화', en: 'How I changed' });
    expect(texts(s)).toEqual([
      {
        ko: '삶의 만족도 (한 문항): 첫날 2점 → 마지막 날 10점 (0~10점 중). 처음보다 8점 높아졌어요.',
        en: 'Life satisfaction (single item): first day 2 → last day 10 (of 0–10). 8 points higher than at the start.',
      },
      OECD,
    ]);
  });

  it('one score: the one there is, with the range; SWLS carries its credit', () => {
    const s = assessmentSection({ scores: [scores('swls', 18, undefined)], dayCount: 4 });
    expect(texts(s)).toEqual([
      {
        ko: '삶의 만족 척도 (SWLS): 첫날 18점 (5~35점 중).',
        en: 'Satisfaction With Life Scale (SWLS): first day 18 (of 5–35).',
      },
      {
        ko: 'Diener, Emmons, Larsen & Griffin (1985) — 출처를 밝혀 사용',
        en: 'Diener, Emmons, Larsen & Griffin (1985), used with credit',
      },
    ]);
    // An unscorable pre (too few items answered) leaves the post alone.
    const postOnly = assessmentSection({ scores: [scores('swls', null, 21)], dayCount: 4 });
    expect(texts(postOnly)[0]?.ko).toBe('삶의 만족 척도 (SWLS): 마지막 날 21점 (5~35점 중).');
  });

  it('unchanged', () => {
    const s = assessmentSection({ scores: [scores('rosenberg-self-esteem', 25, 25)], dayCount: 4 });
    expect(texts(s)[0]).toEqual({
      ko: '로젠버그 자아존중감 척도: 첫날 25점 → 마지막 날 25점 (10~40점 중). 처음과 같아요.',
      en: 'Rosenberg Self-Esteem Scale: first day 25 → last day 25 (of 10–40). Same as at the start.',
    });
    expect(texts(s)[1]).toEqual({
      ko: 'Rosenberg (1965) — 출처를 밝혀 사용',
      en: 'Rosenberg (1965), used with credit',
    });
  });

  it('lower, in the in-house checklist: a reassurance, and "not validated"', () => {
    // Means of 12 items: 39/12 = 3.25 shows as 3.3 and 36/12 = 3 as 3, so the change shown is 0.3.
    const s = assessmentSection({ scores: [scores('job-search-readiness', 39 / 12, 36 / 12)], dayCount: 4 });
    expect(texts(s)).toEqual([
      {
        ko: '구직준비도 자기점검 (Moim 자체): 첫날 3.3점 → 마지막 날 3점 (1~5점 중). 처음보다 0.3점 낮아졌어요. 점수는 그날의 마음을 보여 줄 뿐이에요.',
        en: 'Job-search readiness self-check (Moim in-house): first day 3.3 → last day 3 (of 1–5). 0.3 points lower than at the start. A score only shows how you felt that day.',
      },
      { ko: 'Moim 자체 점검표, 타당화되지 않음', en: 'Moim’s own checklist, not validated' },
    ]);
  });

  it('a change smaller than what is shown reads as the same; one point is singular', () => {
    const same = assessmentSection({ scores: [scores('job-search-readiness', 3.01, 3.04)], dayCount: 4 });
    expect(texts(same)[0]?.ko).toContain('3점 → 마지막 날 3점 (1~5점 중). 처음과 같아요.');
    const one = assessmentSection({ scores: [scores('swls', 20, 21)], dayCount: 4 });
    expect(texts(one)[0]?.en).toContain('1 point higher than at the start.');
  });

  it('names the day a late side was taken on, and says start and end without a day or in one day', () => {
    const late = assessmentSection({ scores: [scores('swls', 15, 20, { pre: 2 })], dayCount: 4 });
    expect(texts(late)[0]?.ko).toContain(': 2일차 15점 → 마지막 날 20점');
    expect(texts(late)[0]?.en).toContain(': day 2 15 → last day 20');
    const paper = assessmentSection({
      scores: [scores('swls', 15, 20, { pre: null, post: null })],
      dayCount: 4,
    });
    expect(texts(paper)[0]?.ko).toContain(': 시작할 때 15점 → 마칠 때 20점');
    const oneDay = assessmentSection({ scores: [scores('swls', 15, 20, { post: 1 })], dayCount: 1 });
    expect(texts(oneDay)[0]?.en).toContain(': at the start 15 → at the end 20');
  });

  it('instruments in library order, whatever order the scores came in', () => {
    const s = assessmentSection({
      scores: [scores('job-search-readiness', 3, 4), scores('life-satisfaction', 5, 6)],
      dayCount: 4,
    });
    expect(texts(s).map((t) => t?.ko.split(':')[0])).toEqual([
      '삶의 만족도 (한 문항)',
      OECD.ko.split(':')[0],
      '구직준비도 자기점검 (Moim 자체)',
      'Moim 자체 점검표, 타당화되지 않음',
    ]);
  });

  it('nothing to show: no section; the anonymous survey never appears', () => {
    expect(assessmentSection({ scores: [], dayCount: 4 })).toBeNull();
    expect(assessmentSection({ scores: [scores('swls', null, null)], dayCount: 4 })).toBeNull();
    expect(assessmentSection({ scores: [scores('program-satisfaction', 4, 5)], dayCount: 4 })).toBeNull();
  });

  it('refuses a version the library does not have, and an instrument given twice', () => {
    expect(() =>
      assessmentSection({ scores: [{ ...scores('swls', 1, 2), instrumentVersion: 9 }], dayCount: 4 }),
    ).toThrow(/swls@9/);
    expect(() =>
      assessmentSection({ scores: [scores('swls', 10, 12), scores('swls', 11, 13)], dayCount: 4 }),
    ).toThrow(/twice/);
  });

  it('never names a score band or a clinical label, whatever the scores (Q13)', () => {
    const labels = instrumentVersions.flatMap((i) =>
      i.scoring.bands.flatMap((b) => [b.label.ko, b.label.en]),
    );
    expect(labels.length).toBeGreaterThan(0);
    const named = instrumentVersions.filter((i) => i.use === 'pre-post');
    const side = fc.option(
      fc.record({
        // Whole totals and 12-item means over every scale's range (fc.double would mostly give values
        // near 0, below every band).
        score: fc.option(
          fc.oneof(
            fc.integer({ min: 0, max: 40 }),
            fc.integer({ min: 0, max: 480 }).map((k) => k / 12),
          ),
          { nil: null },
        ),
        dayNumber: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.subarray(named),
        fc.array(fc.tuple(side, side), { minLength: 5, maxLength: 5 }),
        (chosen, sides) => {
          const section = assessmentSection({
            scores: chosen.map((ins, i) => ({
              instrumentId: ins.id,
              instrumentVersion: ins.version,
              pre: sides[i]?.[0] ?? null,
              post: sides[i]?.[1] ?? null,
            })),
            dayCount: 4,
          });
          // Instrument names contain words that are also band names ("삶의 만족도" and the band "만족"):
          // what must not carry one is the rest of each line.
          const names = instrumentVersions.flatMap((i) => [i.name.ko, i.name.en]);
          const all = texts(section).flatMap((t) => (t ? [t.ko, t.en] : []));
          const rest = all.map((text) => names.reduce((left, name) => left.replace(name, ''), text));
          for (const text of rest) for (const label of labels) expect(text).not.toContain(label);
          for (const text of all) expect(text).not.toMatch(/낮은 자존감|우울|low self-esteem|depress/i);
        },
      ),
    );
  });
});
