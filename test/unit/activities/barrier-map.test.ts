import { describe, expect, it } from 'vitest';
import { barrierMap, barrierMapConfigSchema } from '../../../shared/activities/barrier-map/index.js';
import type { GiveContext } from '../../../shared/activities/counseling-module.js';
import { barriers } from '../../../shared/content/barriers.js';
import { SENSITIVE_ITEM_KEYS } from '../../../shared/program/sensitive-notice.js';
import { CONSENTED, give, ordinaryIds, plan, rating, sensitiveIds } from './barrier-map-fixtures.js';

const config = barrierMap.defaultConfig();
const check = (ctx: Partial<GiveContext>, value: unknown, cfg = config) =>
  barrierMap.checkAnswer(cfg, give(ctx), value);
const code = (ctx: Partial<GiveContext>, value: unknown, cfg = config) => {
  const result = check(ctx, value, cfg);
  return result.ok ? 'ok' : result.code;
};
const [sensitive] = sensitiveIds as [string];
const EMPTY_PLAN = { strategies: [], own: '', services: [], ifThen: '' };

describe('barrier map: module and config', () => {
  it('is a live counseling type with rate → plan → rehearse', () => {
    expect(barrierMap.type).toBe('barrier-map');
    expect(barrierMap.pace).toBe('live');
    expect(barrierMap.phases).toEqual(['rate', 'plan', 'rehearse']);
  });

  it('offers every barrier of the library by default, plans for the top 3, and that parses', () => {
    expect(config.barrierIds).toEqual(barriers.map((b) => b.id));
    expect(config.planCount).toBe(3);
    expect(barrierMapConfigSchema.safeParse(config).success).toBe(true);
  });

  it('refuses an unknown or repeated barrier, an empty list and a plan count outside 1..3', () => {
    const bad = [
      { barrierIds: ['no-such-barrier'], planCount: 1 },
      { barrierIds: ['age', 'age'], planCount: 1 },
      { barrierIds: [], planCount: 1 },
      { barrierIds: ['age'], planCount: 0 },
      { barrierIds: ['age'], planCount: 4 },
      { barrierIds: ['age'], planCount: 1.5 },
      { barrierIds: ['age'], planCount: 1, extra: true },
    ];
    for (const c of bad) expect(barrierMapConfigSchema.safeParse(c).success, JSON.stringify(c)).toBe(false);
  });

  it('declares the rating, plan and rehearsal of exactly the sensitive categories as sensitive', () => {
    expect([...barrierMap.sensitiveItems!(config)].sort()).toEqual([...SENSITIVE_ITEM_KEYS].sort());
    expect(barrierMap.sensitiveItems!({ barrierIds: ordinaryIds, planCount: 2 })).toEqual([]);
    expect(barrierMap.sensitiveItems!({ barrierIds: [sensitive], planCount: 1 })).toEqual([
      `barrier:${sensitive}`,
      `plan:${sensitive}`,
      `rehearsed:${sensitive}`,
    ]);
  });
});

describe('barrier map: ratings', () => {
  it('accepts 0–3 and "not me", and stores what it accepted', () => {
    for (const level of [0, 1, 2, 3])
      expect(check({}, { level })).toEqual({ ok: true, value: { level }, noteState: null });
    expect(check({}, { notMe: true })).toEqual({ ok: true, value: { notMe: true }, noteState: null });
  });

  it('refuses any other value', () => {
    for (const v of [
      { level: 4 },
      { level: -1 },
      { level: 1.5 },
      { level: '2' },
      { notMe: false },
      { level: 1, notMe: true },
      { level: 1, x: 1 },
      2,
      null,
      'a lot',
    ])
      expect(code({}, v), JSON.stringify(v)).toBe('invalid_answer');
  });

  it('refuses an unknown item, a barrier not in the config, an answer about someone or a round', () => {
    const few = { barrierIds: ['age', 'housing'], planCount: 1 };
    expect(code({ itemKey: 'barrier:transport' }, { level: 1 }, few)).toBe('invalid_answer');
    expect(code({ itemKey: 'barrier:no-such' }, { level: 1 })).toBe('invalid_answer');
    expect(code({ itemKey: 'goal' }, { level: 1 })).toBe('invalid_answer');
    expect(code({ itemKey: 'barrier:age:x' }, { level: 1 })).toBe('invalid_answer');
    expect(code({ subjectMemberId: 'm2' }, { level: 1 })).toBe('invalid_answer');
    expect(code({ round: 1 }, { level: 1 })).toBe('invalid_answer');
  });

  it('may be given while rating and still adjusted while planning, not in the rehearsal', () => {
    expect(code({ phase: 'rate' }, { level: 2 })).toBe('ok');
    expect(code({ phase: 'plan' }, { level: 2 })).toBe('ok');
    expect(code({ phase: 'rehearse' }, { level: 2 })).toBe('wrong_phase');
  });
});

describe('barrier map: sensitive categories need the consent', () => {
  it('refuses each kind of sensitive item without it, whatever the phase or value', () => {
    for (const kind of ['barrier', 'plan', 'rehearsed'])
      for (const phase of ['rate', 'plan', 'rehearse'])
        expect(code({ itemKey: `${kind}:${sensitive}`, phase }, { level: 1 })).toBe('consent_required');
  });

  it('accepts them with it, and an ordinary category never asks for it', () => {
    expect(code({ itemKey: `barrier:${sensitive}`, consents: CONSENTED }, { level: 3 })).toBe('ok');
    const own = [rating('m1', sensitive, 3)];
    expect(code({ itemKey: `plan:${sensitive}`, phase: 'plan', consents: CONSENTED, own }, EMPTY_PLAN)).toBe(
      'ok',
    );
    for (const id of ordinaryIds) expect(code({ itemKey: `barrier:${id}` }, { level: 1 })).toBe('ok');
  });

  it('a rating given before a withdrawal does not make a plan possible without the consent', () => {
    const own = [rating('m1', sensitive, 3)];
    expect(code({ itemKey: `plan:${sensitive}`, phase: 'plan', own }, EMPTY_PLAN)).toBe('consent_required');
  });
});

describe('barrier map: plans', () => {
  const inPlan = (barrierId: string, own: GiveContext['own'], value: unknown = EMPTY_PLAN, planCount = 3) =>
    code({ itemKey: `plan:${barrierId}`, phase: 'plan', own }, value, { ...config, planCount });

  it('are given while planning and rehearsing, not while rating', () => {
    const own = [rating('m1', 'age', 2)];
    expect(code({ itemKey: 'plan:age', phase: 'rate', own }, EMPTY_PLAN)).toBe('wrong_phase');
    expect(code({ itemKey: 'plan:age', phase: 'plan', own }, EMPTY_PLAN)).toBe('ok');
    expect(code({ itemKey: 'plan:age', phase: 'rehearse', own }, EMPTY_PLAN)).toBe('ok');
  });

  it('need the barrier rated at least 1 by the member themselves', () => {
    expect(inPlan('age', [])).toBe('invalid_answer');
    expect(inPlan('age', [rating('m1', 'age', 0)])).toBe('invalid_answer');
    expect(inPlan('age', [{ ...rating('m1', 'age', 0), value: { notMe: true } }])).toBe('invalid_answer');
    expect(inPlan('age', [rating('m2', 'age', 3)])).toBe('invalid_answer');
    expect(inPlan('age', [rating('m1', 'age', 1)])).toBe('ok');
  });

  it('only for the top planCount barriers by level', () => {
    const own = [rating('m1', 'age', 3), rating('m1', 'housing', 2), rating('m1', 'transport', 1)];
    expect(inPlan('age', own, EMPTY_PLAN, 1)).toBe('ok');
    expect(inPlan('housing', own, EMPTY_PLAN, 1)).toBe('invalid_answer');
    expect(inPlan('housing', own, EMPTY_PLAN, 2)).toBe('ok');
    expect(inPlan('transport', own, EMPTY_PLAN, 2)).toBe('invalid_answer');
    expect(inPlan('transport', own, EMPTY_PLAN, 3)).toBe('ok');
  });

  it('with ties any tied barrier may be chosen, but no more plans than planCount', () => {
    const ratings = [rating('m1', 'age', 3), rating('m1', 'housing', 3)];
    expect(inPlan('age', ratings, EMPTY_PLAN, 1)).toBe('ok');
    expect(inPlan('housing', ratings, EMPTY_PLAN, 1)).toBe('ok');
    const planned = [...ratings, plan('m1', 'age')];
    expect(inPlan('housing', planned, EMPTY_PLAN, 1)).toBe('limit_reached');
    expect(inPlan('age', planned, { ...EMPTY_PLAN, ifThen: '다시 쓴 계획' }, 1)).toBe('ok');
  });

  it('a plan that fell out of the top (ratings changed) does not use up a place', () => {
    const own = [rating('m1', 'age', 1), rating('m1', 'housing', 3), plan('m1', 'age')];
    expect(inPlan('housing', own, EMPTY_PLAN, 1)).toBe('ok');
  });

  it('check their shape: strategies of this barrier, any known service, two lines of at most 200', () => {
    const own = [rating('m1', 'age', 2)];
    const strategies = barriers.find((b) => b.id === 'age')!.copingStrategies.length;
    const good = {
      strategies: [0, strategies - 1],
      own: '  매일 걷기  ',
      services: ['legal-aid', 'work24'],
      ifThen: 'x'.repeat(200),
    };
    expect(check({ itemKey: 'plan:age', phase: 'plan', own }, good)).toEqual({
      ok: true,
      value: { ...good, own: '매일 걷기' },
      noteState: null,
    });
    const bad = [
      { ...good, strategies: [strategies] },
      { ...good, strategies: [-1] },
      { ...good, strategies: [0, 0] },
      { ...good, services: ['no-such-service'] },
      { ...good, services: ['work24', 'work24'] },
      { ...good, own: 'x'.repeat(201) },
      { ...good, ifThen: 'x'.repeat(201) },
      { ...good, ifThen: 'a\u0000b' },
      { ...good, extra: 1 },
      { strategies: [0] },
    ];
    for (const v of bad) expect(inPlan('age', own, v), JSON.stringify(v).slice(0, 80)).toBe('invalid_answer');
  });
});

describe('barrier map: rehearsal', () => {
  const own = [rating('m1', 'age', 2), plan('m1', 'age', { ifThen: '나이를 물으면 경험으로 답한다' })];

  it('is marked in the rehearsal only, for a barrier with a plan', () => {
    expect(code({ itemKey: 'rehearsed:age', phase: 'rehearse', own }, { done: true })).toBe('ok');
    expect(code({ itemKey: 'rehearsed:age', phase: 'rehearse', own }, { done: false })).toBe('ok');
    expect(code({ itemKey: 'rehearsed:age', phase: 'plan', own }, { done: true })).toBe('wrong_phase');
    expect(code({ itemKey: 'rehearsed:age', phase: 'rate', own }, { done: true })).toBe('wrong_phase');
    expect(code({ itemKey: 'rehearsed:housing', phase: 'rehearse', own }, { done: true })).toBe(
      'invalid_answer',
    );
    expect(code({ itemKey: 'rehearsed:age', phase: 'rehearse', own }, { done: 'yes' })).toBe(
      'invalid_answer',
    );
  });
});
