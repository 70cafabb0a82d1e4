import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barrierMap } from '../../../shared/activities/barrier-map/index.js';
import type { MemberAnswerRecord } from '../../../shared/activities/counseling-module.js';
import { barriers } from '../../../shared/content/barriers.js';
import {
  CONSENTED,
  ordinaryIds,
  personal,
  plan,
  rating,
  record,
  sensitiveIds,
} from './barrier-map-fixtures.js';

const config = barrierMap.defaultConfig();
const view = (given: MemberAnswerRecord[], over: Parameters<typeof personal>[0] = {}, cfg = config) =>
  barrierMap.personalView(cfg, personal({ given, ...over }));
const [sensitive] = sensitiveIds as [string];
const mentions = (value: unknown, id: string) => JSON.stringify(value).includes(id);

describe('barrier map: personal view', () => {
  it('offers the ordinary categories and hides the sensitive ones without the consent', () => {
    const v = view([]);
    expect(v.consented).toBe(false);
    expect(v.hasSensitive).toBe(true);
    expect(v.offered).toEqual(ordinaryIds);
    expect(view([], { consents: CONSENTED }).offered).toEqual(barriers.map((b) => b.id));
  });

  it('never shows a sensitive item without the consent, though answers for it exist', () => {
    const given = [
      rating('m1', sensitive, 3),
      plan('m1', sensitive, { ifThen: '민감한 계획' }),
      rating('m1', 'age', 1),
    ];
    const hidden = view(given);
    for (const id of sensitiveIds) expect(mentions(hidden, id), id).toBe(false);
    expect(mentions(hidden, '민감한 계획')).toBe(false);
    expect(hidden.top).toEqual(['age']);
    const shown = view(given, { consents: CONSENTED });
    expect(shown.top).toEqual([sensitive, 'age']);
    expect(shown.plans.map((p) => p.ifThen)).toEqual(['민감한 계획']);
  });

  it('ranks my top barriers by level (ties in list order), at most planCount, rated ≥ 1 only', () => {
    const given = [
      rating('m1', 'housing', 2),
      rating('m1', 'age', 2),
      rating('m1', 'transport', 3),
      rating('m1', 'language', 1),
      rating('m1', 'information', 0),
      record('m1', 'barrier:interview-skills', { notMe: true }),
    ];
    // age comes before housing in the library's order; language (1) is fourth, past planCount 3.
    expect(view(given).top).toEqual(['transport', 'age', 'housing']);
    expect(view(given, {}, { ...config, planCount: 1 }).top).toEqual(['transport']);
    expect(view(given).ratings['interview-skills']).toEqual({ notMe: true });
  });

  it('keeps a plan made for one of two tied barriers in the top', () => {
    const given = [rating('m1', 'age', 3), rating('m1', 'housing', 3), plan('m1', 'housing')];
    expect(view(given, {}, { ...config, planCount: 1 }).top).toEqual(['housing']);
  });

  it('shows my plans with each chosen service’s contacts from the library', () => {
    const given = [
      rating('m1', 'finances-debt', 3),
      plan('m1', 'finances-debt', {
        strategies: [0],
        services: ['credit-counseling', 'work24'],
        ifThen: '독촉 전화가 오면 상담을 먼저 받는다',
      }),
    ];
    const [p] = view(given).plans;
    expect(p?.barrierId).toBe('finances-debt');
    expect(p?.contacts.map((c) => [c.id, c.phone, c.url])).toEqual([
      ['credit-counseling', '1600-5500', 'https://www.ccrs.or.kr'],
      ['work24', undefined, 'https://www.work24.go.kr'],
    ]);
    expect(p?.contacts[0]?.name.ko).toBe('신용회복위원회');
  });

  it('lists my group-mates by nickname for the rehearsal, and what I rehearsed', () => {
    const given = [rating('m1', 'age', 2), plan('m1', 'age'), record('m1', 'rehearsed:age', { done: true })];
    const v = view(given, { groupMates: ['m2', 'm3'], phase: 'rehearse' });
    expect(v.mates).toEqual([
      { memberId: 'm2', nickname: '바다' },
      { memberId: 'm3', nickname: '산' },
    ]);
    expect(v.rehearsed).toEqual(['age']);
    expect(v.phase).toBe('rehearse');
  });

  it('property: no other member’s answers reach my view, even if the server handed them over', () => {
    const members = ['m1', 'm2', 'm3'];
    const ids = barriers.map((b) => b.id);
    const answer = fc.record({
      member: fc.constantFrom(...members),
      barrier: fc.constantFrom(...ids),
      level: fc.integer({ min: 0, max: 3 }),
      withPlan: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 30 }), fc.boolean(), (answers, consented) => {
        const all = answers.flatMap((a) => [
          rating(a.member, a.barrier, a.level),
          ...(a.withPlan
            ? [plan(a.member, a.barrier, { own: `own-${a.member}`, ifThen: `line-${a.member}` })]
            : []),
        ]);
        const consents = consented ? CONSENTED : [];
        for (const me of members) {
          const mine = all.filter((r) => r.memberId === me);
          const fromAll = view(all, { memberId: me, consents });
          expect(fromAll).toEqual(view(mine, { memberId: me, consents }));
          for (const other of members.filter((m) => m !== me))
            expect(mentions(fromAll, `-${other}`)).toBe(false);
          if (!consented) for (const id of sensitiveIds) expect(mentions(fromAll, id)).toBe(false);
        }
      }),
    );
  });
});

describe('barrier map: projector picture', () => {
  it('counts, per ordinary category, the members it holds back a lot (level ≥ 2), once each', () => {
    const answers = [
      rating('m1', 'age', 3),
      rating('m2', 'age', 2),
      rating('m3', 'age', 1),
      record('m4', 'barrier:age', { notMe: true }),
      rating('m1', 'housing', 2),
    ];
    const picture = barrierMap.groupPicture!(config, answers);
    const count = (id: string) => picture.cells.find((c) => c.key === id)?.count;
    expect(count('age')).toBe(2);
    expect(count('housing')).toBe(1);
    expect(count('transport')).toBe(0);
    expect(picture.onePerMember).toBe(false);
    expect(picture.cells.find((c) => c.key === 'age')?.label.ko).toBe('나이');
  });

  it('never holds a sensitive category, however many rated it', () => {
    const answers = ['m1', 'm2', 'm3', 'm4', 'm5'].flatMap((m) => sensitiveIds.map((id) => rating(m, id, 3)));
    const picture = barrierMap.groupPicture!(config, answers);
    expect(picture.cells.map((c) => c.key)).toEqual(ordinaryIds);
    for (const id of sensitiveIds) expect(mentions(picture, id)).toBe(false);
    expect(picture.cells.every((c) => c.count === 0)).toBe(true);
  });

  it('holds only the configured categories, and ignores plans and answers about someone', () => {
    const cfg = { barrierIds: ['age', 'housing'], planCount: 1 };
    const answers = [
      { ...rating('m1', 'age', 3), subjectMemberId: 'm2' },
      plan('m1', 'age'),
      rating('m2', 'transport', 3),
    ];
    const picture = barrierMap.groupPicture!(cfg, answers);
    expect(picture.cells.map((c) => [c.key, c.count])).toEqual([
      ['age', 0],
      ['housing', 0],
    ]);
  });
});

describe('barrier map: projector picture, property', () => {
  it('each ordinary cell counts exactly the members at level ≥ 2; no sensitive cell ever', () => {
    const answer = fc.record({
      member: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5'),
      barrier: fc.constantFrom(...barriers.map((b) => b.id)),
      level: fc.constantFrom(0, 1, 2, 3, 'notMe' as const),
    });
    const unique = fc.uniqueArray(answer, { selector: (a) => `${a.member}/${a.barrier}`, maxLength: 60 });
    fc.assert(
      fc.property(unique, (answers) => {
        const records = answers.map((a) =>
          a.level === 'notMe'
            ? record(a.member, `barrier:${a.barrier}`, { notMe: true })
            : rating(a.member, a.barrier, a.level),
        );
        const picture = barrierMap.groupPicture!(config, records);
        expect(picture.cells.map((c) => c.key)).toEqual(ordinaryIds);
        for (const cell of picture.cells) {
          const expected = answers.filter(
            (a) => a.barrier === cell.key && a.level !== 'notMe' && a.level >= 2,
          ).length;
          expect(cell.count).toBe(expected);
        }
      }),
    );
  });
});

describe('barrier map: progress', () => {
  it('is ratings of the ordinary categories plus the plans due', () => {
    const cfg = { barrierIds: ['age', 'housing', 'transport', sensitive], planCount: 2 };
    const answers = [
      rating('m1', 'age', 3),
      rating('m1', 'housing', 0),
      rating('m1', 'transport', 2),
      plan('m1', 'age'),
      rating('m1', sensitive, 3),
    ];
    expect(barrierMap.progress(cfg, answers, ['m1', 'm2'])).toEqual({
      m1: { done: 3 + 1, total: 3 + 2 },
      m2: { done: 0, total: 3 },
    });
  });
});

describe('barrier map: report section', () => {
  it('is null with nothing rated as holding me back', () => {
    expect(barrierMap.reportSection!(config, personal({ given: [rating('m1', 'age', 0)] }))).toBeNull();
  });

  it('lists my top barriers, plans with the services’ contacts and my if-then lines', () => {
    const given = [
      rating('m1', 'career-gap', 3),
      plan('m1', 'career-gap', {
        strategies: [0],
        own: '자격증 공부',
        services: ['work-experience', 'tomorrow-learning-card'],
        ifThen: '공백기를 물으면 돌봄과 공부를 말한다',
      }),
    ];
    const section = barrierMap.reportSection!(config, personal({ given }))!;
    expect(section.title.ko).toBe('나의 취업 걸림돌과 대처 계획');
    const text = JSON.stringify(section);
    for (const part of [
      '경력 공백',
      '많이 걸린다',
      '자격증 공부',
      '☎1350',
      'https://www.work24.go.kr',
      '공백기를 물으면 돌봄과 공부를 말한다',
    ])
      expect(text, part).toContain(part);
    expect(text).toContain(barriers.find((b) => b.id === 'career-gap')!.copingStrategies[0]!.ko);
  });

  it('leaves sensitive categories out without the consent', () => {
    const given = [rating('m1', sensitive, 3), plan('m1', sensitive, { ifThen: '비밀 계획' })];
    expect(barrierMap.reportSection!(config, personal({ given }))).toBeNull();
    expect(
      JSON.stringify(barrierMap.reportSection!(config, personal({ given, consents: CONSENTED }))),
    ).toContain('비밀 계획');
  });
});
