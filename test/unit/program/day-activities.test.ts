import { describe, expect, it } from 'vitest';
import { splitChoices } from '../../../shared/activities/choice.js';
import { isEngineType } from '../../../shared/activities/types.js';
import { modules } from '../../../shared/content/index.js';
import { dayActivityDrafts } from '../../../shared/program/day-activities.js';
import type { AgendaModule } from '../../../shared/program/schemas.js';
import { agendaModuleFrom } from '../../../shared/program/template.js';
import { activityDraftSchema } from '../../../shared/protocol/schemas.js';

function moduleOf(
  activities: { type: AgendaModule['activities'][number]['type']; title: string; config?: unknown }[],
): AgendaModule {
  return {
    key: 'm',
    moduleId: null,
    title: '모듈',
    minutes: 30,
    activities: activities.map((a, i) => ({ key: `a${i}`, minutes: 5, ...a })),
  };
}

describe('splitChoices', () => {
  it('takes the choices at the end of a prompt off its title', () => {
    expect(splitChoices('가장 얻고 싶은 것은? (자신감 / 정보 / 서류)')).toEqual({
      title: '가장 얻고 싶은 것은?',
      choices: ['자신감', '정보', '서류'],
    });
    expect(splitChoices('고르세요(a/b)  ')).toEqual({ title: '고르세요', choices: ['a', 'b'] });
  });

  it('keeps a prompt whole when the parentheses are not a list of choices', () => {
    expect(splitChoices('관심 있는 직종 (진행자가 목록을 준비합니다)')).toBeNull();
    expect(splitChoices('질문 (하나 / )')).toBeNull();
    expect(splitChoices('괄호 (a / b) 뒤에 글')).toBeNull();
    expect(splitChoices('괄호 없음')).toBeNull();
    const many = `너무 많음 (${Array.from({ length: 13 }, (_, i) => `c${i}`).join(' / ')})`;
    expect(splitChoices(many)).toBeNull();
  });

  it('keeps the prompt as the title when only choices were written', () => {
    expect(splitChoices('(예 / 아니오)')).toEqual({ title: '(예 / 아니오)', choices: ['예', '아니오'] });
  });
});

describe('dayActivityDrafts', () => {
  for (const module of modules) {
    it(`makes valid drafts of module ${module.id}, skipping counseling types`, () => {
      const drafts = dayActivityDrafts([agendaModuleFrom(module)]);
      const engine = module.activities.filter((a) => isEngineType(a.type));
      expect(drafts.map((d) => d.type)).toEqual(engine.map((a) => a.type));
      for (const draft of drafts) {
        const parsed = activityDraftSchema.safeParse(draft);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }
    });
  }

  it('skips every counseling type and keeps agenda order across modules', () => {
    const drafts = dayActivityDrafts([
      moduleOf([
        { type: 'strength-cards', title: '강점 카드' },
        { type: 'open-text', title: '하나' },
        { type: 'barrier-map', title: '장애물 지도' },
      ]),
      moduleOf([
        { type: 'mock-interview', title: '모의 면접' },
        { type: 'action-plan', title: '실천 계획' },
        { type: 'instrument', title: '검사' },
        { type: 'scale', title: '둘' },
      ]),
    ]);
    expect(drafts.map((d) => [d.type, d.title])).toEqual([
      ['open-text', '하나'],
      ['scale', '둘'],
    ]);
  });

  it('opens a line with the config it carries, as it is', () => {
    const config = { min: 0, max: 10, minLabel: '전혀 없다', maxLabel: '매우 심하다' };
    const options = [
      { id: 'o1', label: '성실함' },
      { id: 'o2', label: '책임감' },
      { id: 'o3', label: '협동심' },
    ];
    const [scale, poll] = dayActivityDrafts([
      moduleOf([
        { type: 'scale', title: '요즘 구직 스트레스는 0~10 중 몇 점인가요?', config },
        // A carried config wins over choices written in the line.
        { type: 'poll-multi', title: '세 가지 (a / b)', config: { options, maxPicks: 3 } },
      ]),
    ]);
    // Each draft carries its line's key: the day start stores it as the activity's link to the line.
    expect(scale).toEqual({
      type: 'scale',
      title: '요즘 구직 스트레스는 0~10 중 몇 점인가요?',
      config,
      agendaKey: 'a0',
    });
    expect(poll).toEqual({
      type: 'poll-multi',
      title: '세 가지 (a / b)',
      config: { options, maxPicks: 3 },
      agendaKey: 'a1',
    });
  });

  it('falls back to the words of a line whose stored config no longer fits its type', () => {
    const [poll] = dayActivityDrafts([
      moduleOf([{ type: 'poll-single', title: '첫 진로 (취업 / 진학)', config: { maxWords: 3 } }]),
    ]);
    expect(poll).toMatchObject({
      title: '첫 진로',
      config: { options: [{ label: '취업' }, { label: '진학' }] },
    });
  });

  it("turns a poll prompt's choices into options", () => {
    const [single, multi] = dayActivityDrafts([
      moduleOf([
        { type: 'poll-single', title: '첫 진로 (취업 / 진학 / 모름)' },
        { type: 'poll-multi', title: '이유 (생계 / 성장)' },
      ]),
    ]);
    expect(single).toEqual({
      type: 'poll-single',
      title: '첫 진로',
      agendaKey: 'a0',
      config: {
        options: [
          { id: 'o1', label: '취업' },
          { id: 'o2', label: '진학' },
          { id: 'o3', label: '모름' },
        ],
      },
    });
    expect(multi).toMatchObject({ type: 'poll-multi', title: '이유', config: { maxPicks: 2 } });
  });

  it('keeps default options for a poll without choices, and for choices the engine refuses', () => {
    const long = 'x'.repeat(150); // longer than an option label may be
    const [plain, tooLong] = dayActivityDrafts([
      moduleOf([
        { type: 'poll-single', title: '퀴즈: 어디일까요?' },
        { type: 'poll-multi', title: `고르기 (${long} / b)` },
      ]),
    ]);
    expect(plain!.title).toBe('퀴즈: 어디일까요?');
    expect(activityDraftSchema.safeParse(plain).success).toBe(true);
    expect(activityDraftSchema.safeParse(tooLong).success).toBe(true);
    // The refused choices are not lost: the title keeps them next to the default options.
    expect(tooLong).toMatchObject({ type: 'poll-multi', title: `고르기 (${long} / b)` });
  });

  it('returns nothing for an empty day', () => {
    expect(dayActivityDrafts([])).toEqual([]);
  });
});
