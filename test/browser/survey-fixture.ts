import type { Locator, Page } from 'playwright-core';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { createUser, login, type TestApp } from '../helpers/app.js';
import { post } from './browser.js';

/** The program satisfaction survey's rating items and the words of its five points. */
export const RATINGS = [
  'content',
  'facilitator',
  'usefulness',
  'environment',
  'overall',
  'recommend',
] as const;
export const LABEL: Record<number, string> = {
  1: '전혀 그렇지 않다',
  2: '그렇지 않다',
  3: '보통이다',
  4: '그렇다',
  5: '매우 그렇다',
};

export interface SurveyAnswers {
  nickname: string;
  ratings: number[];
  liked?: string;
  suggestions?: string;
  handIn: boolean;
}

/**
 * A center with one facilitator and a one-day program running today whose plan has the satisfaction
 * survey (`once`, anonymous); the facilitator's cookie.
 */
export async function surveyProgram(t: TestApp, input: { center: string; email: string; name: string }) {
  const center = await t.storage.centers.create(input.center);
  const user = await createUser(t.storage, { email: input.email, name: input.name, centerId: center.id });
  const program = await t.storage.programs.create({
    centerId: center.id,
    createdBy: user.id,
    body: {
      title: '새 출발 3기',
      group: '중장년',
      facilitatorIds: [user.id],
      templateId: null,
      trackId: null,
      days: [{ date: todayIn(CENTER_TIME_ZONE), startTime: '00:00', endTime: '23:59', modules: [] }],
    },
  });
  const planned = await t.storage.assessments.replacePlan({
    programId: program.id,
    version: (await t.storage.assessments.plan(program.id))!.version,
    waves: [
      {
        instrumentId: 'program-satisfaction',
        kind: 'once',
        plannedDayId: null,
        instrumentVersion: 1,
        anonymous: true,
      },
    ],
  });
  if (!planned.ok) throw new Error(planned.code);
  const cookie = await login(t, input.email);
  await post(`${t.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`, cookie, {}, 200);
  return { program, waveId: planned.waves[0]!.id, cookie };
}

/** One phone takes the survey item by item; hands it in, or stops on the submit screen. */
export async function takeSurvey(page: Page, who: SurveyAnswers): Promise<void> {
  await page.getByTestId('counseling-tasks').getByTestId('task-open').first().click();
  const card = page.getByTestId('counseling-activity');
  await card.getByTestId('instrument-intro').getByRole('button', { name: '시작하기' }).click();
  const at = (item: string) => card.locator(`[data-testid="instrument-item"][data-item="${item}"]`).waitFor();
  for (const [i, item] of RATINGS.entries()) {
    await at(item);
    await card.getByRole('button', { name: LABEL[who.ratings[i]!]!, exact: true }).click();
  }
  for (const item of ['liked', 'suggestions'] as const) {
    await at(item);
    const text = who[item];
    if (text) {
      await card.getByLabel('내 답').fill(text);
      await card.getByRole('button', { name: '저장하고 다음' }).click();
    } else await card.getByRole('button', { name: '답하지 않기' }).click();
  }
  const submit = card.getByTestId('instrument-submit');
  await submit.waitFor();
  if (!who.handIn) return;
  await submit.getByRole('button', { name: '제출하기' }).click();
  await card.getByTestId('instrument-submitted').getByRole('heading', { name: '제출했어요' }).waitFor();
}

/** The console's 종이 응답 입력: every rating at `value`, optionally a comment; saved, the dialog gone. */
export async function enterPaper(
  page: Page,
  survey: Locator,
  value: number,
  liked?: string,
): Promise<Locator> {
  await survey.getByRole('button', { name: '종이 응답 입력' }).click();
  const dialog = page.getByRole('dialog', { name: '종이 응답 입력' });
  await dialog.waitFor();
  for (let i = 1; i <= RATINGS.length; i++) {
    const group = dialog.getByRole('group', { name: new RegExp(`^${i}\\. `) });
    await group.getByRole('radio', { name: `${value} ${LABEL[value]}`, exact: true }).check();
  }
  if (liked) await dialog.getByLabel('7. 좋았던 점을 자유롭게 적어 주세요.').fill(liked);
  return dialog;
}
