import { describe, expect, it } from 'vitest';
import {
  attendanceCorrectionSchema,
  copyProgramBodySchema,
  createProgramBodySchema,
  programDayInputSchema,
  programRecoverSchema,
  programRegisterSchema,
  updateProgramBodySchema,
} from '../../../shared/program/schemas.js';

const day = (over: Record<string, unknown> = {}) => ({
  date: '2025-03-10',
  startTime: '09:30',
  endTime: '12:30',
  modules: [],
  ...over,
});

const program = (over: Record<string, unknown> = {}) => ({
  title: '성취프로그램',
  group: '청년',
  facilitatorIds: ['f1'],
  days: [day()],
  templateId: null,
  trackId: null,
  ...over,
});

const register = (over: Record<string, unknown> = {}) => ({
  code: '123456',
  registrationId: '7d8e3f0a-4b1c-4c2d-9e3f-0a1b2c3d4e5f',
  nickname: '  민지  ',
  realName: '',
  consent: true,
  intake: { desiredJob: '', worry: '', hope: '' },
  ...over,
});

describe('program schemas', () => {
  it('accepts a valid program', () => {
    expect(createProgramBodySchema.safeParse(program()).success).toBe(true);
    expect(updateProgramBodySchema.safeParse({ ...program(), version: 1 }).success).toBe(true);
  });

  it("keeps an agenda line's engine config only when it fits the line's type", () => {
    const line = (over: Record<string, unknown>) => ({ key: 'a', title: '질문', minutes: 5, ...over });
    const withLine = (over: Record<string, unknown>) =>
      programDayInputSchema.safeParse(
        day({
          modules: [{ key: 'm', moduleId: null, title: '모듈', minutes: 30, activities: [line(over)] }],
        }),
      );
    const scale = { min: 0, max: 10, minLabel: '없음', maxLabel: '매우' };
    const parsed = withLine({ type: 'scale', config: scale });
    expect(parsed.data?.modules[0]?.activities[0]?.config).toEqual(scale);
    expect(withLine({ type: 'scale' }).success).toBe(true);
    expect(withLine({ type: 'word-cloud', config: scale }).success).toBe(false);
    expect(withLine({ type: 'strength-cards', config: { maxWords: 1 } }).success).toBe(false);
  });

  it('refuses a day that ends before, or when, it starts', () => {
    expect(programDayInputSchema.safeParse(day({ endTime: '09:00' })).success).toBe(false);
    expect(programDayInputSchema.safeParse(day({ endTime: '09:30' })).success).toBe(false);
    expect(programDayInputSchema.safeParse(day({ endTime: '09:31' })).success).toBe(true);
    const refused = createProgramBodySchema.safeParse(program({ days: [day({ endTime: '08:00' })] }));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['days', 0, 'endTime']);
  });

  it('refuses impossible dates and times', () => {
    expect(programDayInputSchema.safeParse(day({ date: '2025-02-29' })).success).toBe(false);
    expect(programDayInputSchema.safeParse(day({ date: '2024-02-29' })).success).toBe(true);
    expect(programDayInputSchema.safeParse(day({ startTime: '24:00', endTime: '24:30' })).success).toBe(
      false,
    );
    expect(programDayInputSchema.safeParse(day({ startTime: '9:30' })).success).toBe(false);
    expect(copyProgramBodySchema.safeParse({ title: 'x', firstDate: '2025-04-31' }).success).toBe(false);
  });

  it('refuses two days on one date, and a program without days or facilitators', () => {
    expect(
      createProgramBodySchema.safeParse(
        program({ days: [day(), day({ startTime: '13:00', endTime: '15:00' })] }),
      ).success,
    ).toBe(false);
    expect(
      createProgramBodySchema.safeParse(program({ days: [day(), day({ date: '2025-03-11' })] })).success,
    ).toBe(true);
    expect(createProgramBodySchema.safeParse(program({ days: [] })).success).toBe(false);
    expect(createProgramBodySchema.safeParse(program({ facilitatorIds: [] })).success).toBe(false);
  });

  it('refuses an agenda key used twice in one program, at the second line', () => {
    const line = (key: string) => ({ key, type: 'scale', title: '자신감', minutes: 5 });
    const moduleOf = (key: string, lines: string[]) => ({
      key,
      moduleId: null,
      title: '모듈',
      minutes: 30,
      activities: lines.map(line),
    });
    const first = day({ modules: [moduleOf('m1', ['a', 'b'])] });
    const second = (lines: string[]) => day({ date: '2025-03-11', modules: [moduleOf('m2', lines)] });
    expect(createProgramBodySchema.safeParse(program({ days: [first, second(['c'])] })).success).toBe(true);
    const refused = createProgramBodySchema.safeParse(program({ days: [first, second(['c', 'a'])] }));
    expect(refused.error?.issues.map((i) => i.path)).toEqual([
      ['days', 1, 'modules', 0, 'activities', 1, 'key'],
    ]);
  });

  it('an update names the version it edited, a positive integer', () => {
    expect(updateProgramBodySchema.safeParse({ ...program(), version: 0 }).success).toBe(false);
    expect(updateProgramBodySchema.safeParse(program()).success).toBe(false);
  });

  it('requires consent to be true', () => {
    expect(programRegisterSchema.safeParse(register()).success).toBe(true);
    expect(programRegisterSchema.safeParse(register({ consent: false })).success).toBe(false);
    expect(programRegisterSchema.safeParse(register({ consent: 'true' })).success).toBe(false);
    const { consent: _consent, ...without } = register();
    expect(programRegisterSchema.safeParse(without).success).toBe(false);
  });

  it('normalises the nickname and refuses an empty one', () => {
    expect(programRegisterSchema.parse(register({ nickname: ' Kim   Minji ' })).nickname).toBe('Kim Minji');
    expect(programRegisterSchema.safeParse(register({ nickname: '   ' })).success).toBe(false);
  });

  it('takes a PIN of six digits, or of four from before PINs had six', () => {
    const recover = (pin: string) =>
      programRecoverSchema.safeParse({ code: '123456', nickname: '민지', pin });
    expect(recover('012345').success).toBe(true);
    expect(recover('0123').success).toBe(true);
    for (const pin of [
      '123',
      '12345',
      '1234567',
      '12a456',
      '12a4',
      ' 123456',
      '123 456',
      '',
      '１２３４５６',
    ]) {
      expect(recover(pin).success, pin).toBe(false);
    }
  });

  it('takes corrected hours in quarter hours from 0 to 24', () => {
    const ok = (hours: number | null) =>
      attendanceCorrectionSchema.safeParse({ present: true, hours }).success;
    expect([ok(null), ok(0), ok(2.25), ok(24)]).toEqual([true, true, true, true]);
    expect([ok(-1), ok(2.1), ok(24.25)]).toEqual([false, false, false]);
  });
});
