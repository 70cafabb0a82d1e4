import { beforeAll, describe, expect, it } from 'vitest';
import { addStrings, translate } from '../../../client/src/common/i18n.js';
import type { ProgramDraft } from '../../../client/src/facilitator/program-draft.js';
import { programProblems } from '../../../client/src/facilitator/program-problems.js';
import { agendaStrings } from '../../../client/src/i18n/facilitator/agenda.js';
import type { AgendaModule } from '../../../shared/program/schemas.js';

const moduleOf = (key: string, lines: string[]): AgendaModule => ({
  key,
  moduleId: null,
  title: '모듈',
  minutes: 30,
  activities: lines.map((line) => ({ key: line, type: 'scale', title: '자신감', minutes: 5 })),
});

const draftOf = (...days: string[][]): ProgramDraft => ({
  title: '성취프로그램',
  group: '청년',
  facilitatorIds: ['f1'],
  days: days.map((lines, i) => ({
    key: `d${i}`,
    date: `2025-03-1${i}`,
    startTime: '09:30',
    endTime: '12:30',
    modules: [moduleOf(`m${i}`, lines)],
  })),
});

describe("the program editor's problems", () => {
  beforeAll(() => addStrings(agendaStrings));

  it('names the line whose agenda key another line of the program already uses, in Korean and English', () => {
    for (const lang of ['ko', 'en'] as const) {
      const t = (key: string, options?: Record<string, unknown>) => translate(key, options, lang);
      expect(programProblems(draftOf(['a', 'b'], ['c']), t)).toEqual([]);
      const [problem, ...rest] = programProblems(draftOf(['a', 'b'], ['c', 'a']), t);
      expect(rest).toEqual([]);
      expect(problem).toBe(translate('problem.agendaKey', { day: 2, module: 1, activity: 2 }, lang));
      expect(problem).toMatch(
        lang === 'ko' ? /^2일차 모듈 1 활동 2: .*키/ : /^Day 2, module 1, activity 2: .*key/,
      );
    }
  });
});
