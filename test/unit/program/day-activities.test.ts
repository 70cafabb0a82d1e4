import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../../shared/activities/types.js';
import { modules } from '../../../shared/content/index.js';
import { dayActivityDrafts, splitChoices } from '../../../shared/program/day-activities.js';
import type { AgendaModule } from '../../../shared/program/schemas.js';
import { agendaModuleFrom } from '../../../shared/program/template.js';
import { activityDraftSchema } from '../../../shared/protocol/schemas.js';

const isEngineType = (type: string) => (ACTIVITY_TYPES as readonly string[]).includes(type);

function moduleOf(
  activities: { type: AgendaModule['activities'][number]['type']; title: string }[],
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
    const note = '관심 있는 직종 (진행자가 목록을 준비합니다)';
    expect(splitChoices(note)).toEqual({ title: note, choices: [] });
    expect(splitChoices('질문 (하나 / )')).toEqual({ title: '질문 (하나 / )', choices: [] });
    expect(splitChoices('괄호 (a / b) 뒤에 글')).toEqual({ title: '괄호 (a / b) 뒤에 글', choices: [] });
    expect(splitChoices('괄호 없음')).toEqual({ title: '괄호 없음', choices: [] });
    const many = `너무 많음 (${Array.from({ length: 13 }, (_, i) => `c${i}`).join(' / ')})`;
    expect(splitChoices(many).choices).toEqual([]);
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
