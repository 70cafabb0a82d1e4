import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../shared/activities/types.js';
import { activityModules } from '../../shared/activities/registry.js';
import { ERROR_MESSAGES } from '../../shared/protocol/errors.js';
import {
  activityDraftSchema,
  answerSubmitSchema,
  nicknameSchema,
  participantJoinSchema,
  timerStartSchema,
} from '../../shared/protocol/schemas.js';

describe('wire schemas', () => {
  it('every activity type has a module whose default config is valid', () => {
    for (const type of ACTIVITY_TYPES) {
      const module = activityModules[type];
      expect(module.type).toBe(type);
      expect(
        activityDraftSchema.safeParse({ type, title: '제목', config: module.defaultConfig() }).success,
      ).toBe(true);
    }
  });
  it('refuses an activity whose config belongs to another type', () => {
    expect(
      activityDraftSchema.safeParse({
        type: 'scale',
        title: 't',
        config: activityModules['poll-single'].defaultConfig(),
      }).success,
    ).toBe(false);
    expect(activityDraftSchema.safeParse({ type: 'ranking', title: 't', config: {} }).success).toBe(false);
  });
  it('normalises nicknames and bounds their length', () => {
    expect(nicknameSchema.parse('  김   민지 ')).toBe('김 민지');
    expect(nicknameSchema.safeParse('   ').success).toBe(false);
    expect(nicknameSchema.safeParse('가'.repeat(21)).success).toBe(false);
  });
  it('takes 6-digit join codes only', () => {
    expect(participantJoinSchema.safeParse({ code: '012345', nickname: 'a' }).success).toBe(true);
    expect(participantJoinSchema.safeParse({ code: '12345', nickname: 'a' }).success).toBe(false);
    expect(participantJoinSchema.safeParse({ code: '12345a' }).success).toBe(false);
  });
  it('needs a UUID answer id', () => {
    expect(answerSubmitSchema.safeParse({ activityId: 'x', answerId: 'not-a-uuid', value: 1 }).success).toBe(
      false,
    );
    expect(
      answerSubmitSchema.safeParse({ activityId: 'x', answerId: crypto.randomUUID(), value: 1 }).success,
    ).toBe(true);
  });
  it('bounds the timer between one second and three hours', () => {
    expect(timerStartSchema.safeParse({ sessionId: 's', durationMs: 500 }).success).toBe(false);
    expect(timerStartSchema.safeParse({ sessionId: 's', durationMs: 4 * 3600_000 }).success).toBe(false);
  });
  it('every error has a Korean and an English message', () => {
    for (const message of Object.values(ERROR_MESSAGES)) {
      expect(message.ko).toMatch(/[가-힣]/);
      expect(message.en).toMatch(/[A-Za-z]/);
    }
  });
});
