import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  barrierData,
  instrumentData,
  moduleData,
  programData,
  questionData,
  rubricData,
  serviceData,
  strengthData,
} from './raw.js';
import {
  Barrier,
  barriers,
  catalogOrder,
  InterviewQuestion,
  interviewQuestions,
  interviewRubric,
  Instrument,
  instrumentById,
  instruments,
  JobFamily,
  Module,
  modules,
  Program,
  programById,
  programs,
  QuestionType,
  questionsFor,
  RubricCriterion,
  StrengthCard,
  strengths,
  SupportService,
  supportServices,
  type InstrumentItem,
} from '../../../shared/content/index.js';

describe('every collection parses against its schema', () => {
  it.each([
    ['programs', Program, programData],
    ['modules', Module, moduleData],
    ['strengths', StrengthCard, strengthData],
    ['barriers', Barrier, barrierData],
    ['supportServices', SupportService, serviceData],
    ['interviewQuestions', InterviewQuestion, questionData],
    ['interviewRubric', RubricCriterion, rubricData],
    ['instruments', Instrument, instrumentData],
  ] as const)('%s', (_name, schema, data) => {
    const result = z.array(schema as z.ZodType).safeParse(data);
    expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
  });

  it('the exported collections are frozen', () => {
    expect(Object.isFrozen(programs)).toBe(true);
    expect(Object.isFrozen(programs[0]?.agenda.days[0]?.moduleIds)).toBe(true);
  });
});

describe('programs', () => {
  it('are the 12 catalog programs, in catalog order', () => {
    expect(programs.map((p) => p.id)).toEqual([...catalogOrder]);
    const catalogNames = [
      '성취프로그램',
      '청년취업GYM',
      '청년취업ON',
      '내일또다시',
      '마음톡톡심플',
      '조선업',
      '반도체',
      '신호탄',
      '취업희망프로그램',
      '4U',
      'CAP@',
      'Hi+',
    ];
    programs.forEach((p, i) => expect(p.name.ko).toContain(catalogNames[i]));
  });

  it('carry the catalog days and hours', () => {
    const expected: Record<string, [number[], number, number]> = {
      seongchwi: [[4], 24, 24],
      'youth-gym': [[2, 3, 4], 12, 24],
      'youth-on': [[2, 4], 12, 12],
      'naeil-ttodasi': [[3], 12, 12],
      'maeum-toktok-simple': [[3], 12, 12],
      shipbuilding: [[2, 3], 12, 12],
      'semiconductor-bds': [[2, 3], 12, 12],
      sinhotan: [[3], 18, 18],
      hope: [[4], 24, 24],
      '4u': [[3], 18, 18],
      cap: [[4], 24, 24],
      'hi-plus': [[3, 4, 5], 12, 20],
    };
    for (const p of programs) {
      const [days, min, max] = expected[p.id] ?? [[], 0, 0];
      expect([p.id, p.dayOptions, p.hours]).toEqual([p.id, days, { min, max }]);
    }
  });

  it('have their tracks: 청년취업ON three, 내일또다시 two', () => {
    expect(programById.get('youth-on')?.tracks.map((t) => t.jobFamily)).toEqual([
      'office',
      'sales-marketing',
      'it',
    ]);
    expect(programById.get('naeil-ttodasi')?.tracks.map((t) => t.jobFamily)).toEqual([
      'production-machinery',
      'care-welfare',
    ]);
  });

  it('mark their agenda as a default unless an outline is published (성취, CAP@)', () => {
    for (const p of programs) {
      expect([p.id, p.agenda.origin]).toEqual([
        p.id,
        p.id === 'seongchwi' || p.id === 'cap' ? 'published-outline' : 'default',
      ]);
    }
  });

  it('give age ranges where the catalog names one', () => {
    expect(programById.get('sinhotan')?.ageRange).toEqual({ min: 50, max: 60 });
    expect(programById.get('4u')?.ageRange).toEqual({ min: 40, max: 49 });
  });
});

describe('modules', () => {
  it('number at least 24, each with goal, activities and facilitator notes', () => {
    expect(modules.length).toBeGreaterThanOrEqual(24);
    for (const m of modules) {
      expect(m.activities.length).toBeGreaterThan(0);
      expect(m.facilitatorNotes.intro.ko).not.toBe('');
    }
  });

  it('between them use every counseling activity type', () => {
    const used = new Set(modules.flatMap((m) => m.activities.map((a) => a.type)));
    for (const t of [
      'strength-cards',
      'barrier-map',
      'mock-interview',
      'action-plan',
      'instrument',
    ] as const) {
      expect(used.has(t)).toBe(true);
    }
  });
});

describe('strength cards', () => {
  it('are at least 24 in several families, with unique names', () => {
    expect(strengths.length).toBeGreaterThanOrEqual(24);
    const families = new Set(strengths.map((s) => s.family));
    expect(families.size).toBeGreaterThanOrEqual(3);
    for (const f of families)
      expect(strengths.filter((s) => s.family === f).length).toBeGreaterThanOrEqual(4);
    expect(new Set(strengths.map((s) => s.name.ko)).size).toBe(strengths.length);
    expect(new Set(strengths.map((s) => s.name.en)).size).toBe(strengths.length);
  });
});

describe('barriers', () => {
  it('cover the required categories', () => {
    const ids = new Set(barriers.map((b) => b.id));
    for (const id of [
      'job-search-skills',
      'interview-skills',
      'career-gap',
      'age',
      'physical-health',
      'mental-health',
      'finances-debt',
      'family-care',
      'information',
      'confidence-motivation',
      'language',
      'transport',
      'housing',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('flag health as sensitive, and only sensitive ones carry a privacy note', () => {
    const sensitive = barriers.filter((b) => b.sensitive).map((b) => b.id);
    expect(sensitive).toContain('physical-health');
    expect(sensitive).toContain('mental-health');
    expect(sensitive).not.toContain('job-search-skills');
    for (const b of barriers) expect(b.sensitiveNote !== undefined).toBe(b.sensitive);
  });

  it('link the support services named in the brief', () => {
    const names = supportServices.map((s) => s.name.ko).join(' ');
    for (const n of ['신용회복위원회', '정신건강복지센터', '국민내일배움카드', '국민취업지원제도']) {
      expect(names).toContain(n);
    }
  });
});

describe('interview bank and rubric', () => {
  it('has at least 80 questions covering every type and every job family', () => {
    expect(interviewQuestions.length).toBeGreaterThanOrEqual(80);
    for (const t of QuestionType.options) expect(interviewQuestions.some((q) => q.type === t)).toBe(true);
    for (const f of JobFamily.options) expect(interviewQuestions.some((q) => q.jobFamily === f)).toBe(true);
  });

  it('gives every job family at least one question of every type, counting common ones', () => {
    for (const f of JobFamily.options) {
      for (const t of QuestionType.options) expect(questionsFor(f, t).length, `${f}/${t}`).toBeGreaterThan(0);
    }
  });

  it('has the five rubric criteria with five behavioural anchors each', () => {
    expect(interviewRubric.map((c) => c.id)).toEqual([
      'motivation',
      'structure',
      'job-fit',
      'problem-solving',
      'attitude-delivery',
    ]);
    for (const c of interviewRubric) expect(c.anchors.map((a) => a.point)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('instruments', () => {
  const ratings = (id: string): Extract<InstrumentItem, { kind: 'rating' }>[] =>
    (instrumentById.get(id)?.items ?? []).filter(
      (i): i is Extract<InstrumentItem, { kind: 'rating' }> => i.kind === 'rating',
    );

  it('are the five planned ones', () => {
    expect(instruments.map((i) => i.id)).toEqual([
      'life-satisfaction',
      'swls',
      'rosenberg-self-esteem',
      'job-search-readiness',
      'program-satisfaction',
    ]);
  });

  it('life satisfaction: one item, 0–10', () => {
    expect(ratings('life-satisfaction')).toHaveLength(1);
    expect(instrumentById.get('life-satisfaction')?.scale).toMatchObject({ min: 0, max: 10 });
  });

  it('SWLS: five items, seven labelled points, credited to Diener, Emmons, Larsen & Griffin (1985)', () => {
    const swls = instrumentById.get('swls');
    expect(ratings('swls')).toHaveLength(5);
    expect(swls?.scale.labels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(swls?.source.citation.en).toMatch(
      /Diener, E\., Emmons, R\. A\., Larsen, R\. J\., & Griffin, S\. \(1985\)/,
    );
  });

  it('Rosenberg: ten items, four points, five reverse-keyed', () => {
    expect(ratings('rosenberg-self-esteem')).toHaveLength(10);
    expect(instrumentById.get('rosenberg-self-esteem')?.scale).toMatchObject({ min: 1, max: 4 });
    expect(ratings('rosenberg-self-esteem').filter((i) => i.reverse)).toHaveLength(5);
  });

  it('job-search readiness: 8–12 items in four areas, labelled in-house and not validated', () => {
    const jsr = instrumentById.get('job-search-readiness');
    expect(ratings('job-search-readiness').length).toBeGreaterThanOrEqual(8);
    expect(ratings('job-search-readiness').length).toBeLessThanOrEqual(12);
    expect(jsr?.subscales.map((s) => s.id)).toEqual(['self-understanding', 'goals', 'skills', 'confidence']);
    expect(jsr?.source).toMatchObject({ kind: 'in-house', validated: false });
    expect(jsr?.source.citation.en).toMatch(/not validated/i);
  });

  it('each states its scale labels, scoring rule, missing-item rule and source', () => {
    for (const ins of instruments) {
      expect(ins.scale.labels.some((l) => l.value === ins.scale.min)).toBe(true);
      expect(ins.scale.labels.some((l) => l.value === ins.scale.max)).toBe(true);
      expect(ins.scoring.rule.en.length).toBeGreaterThan(10);
      expect(ins.scoring.missingRule.en.length).toBeGreaterThan(10);
      expect(ins.source.citation.en.length).toBeGreaterThan(10);
    }
  });

  it('score bands, where given, cover every possible integer total exactly once', () => {
    for (const ins of instruments.filter((i) => i.scoring.bands.length > 0)) {
      const n = ins.items.filter((i) => i.kind === 'rating').length;
      for (let total = n * ins.scale.min; total <= n * ins.scale.max; total++) {
        const hits = ins.scoring.bands.filter((b) => total >= b.min && total <= b.max).length;
        expect([ins.id, total, hits]).toEqual([ins.id, total, 1]);
      }
    }
  });
});
