import { describe, expect, it } from 'vitest';
import { scale, scaleSteps } from '../../../shared/activities/scale/index.js';
import { records } from './records.js';

const oneToFive = { min: 1, max: 5, minLabel: '전혀 아니다', maxLabel: '매우 그렇다' };

describe('scale', () => {
  it('gives the distribution over every step and the mean', () => {
    const summary = scale.summarize(
      oneToFive,
      records([{ value: 5 }, { value: 4 }, { value: 4 }, { value: 1 }]),
      {
        withNames: false,
      },
    );
    expect(summary.distribution).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 0 },
      { value: 3, count: 0 },
      { value: 4, count: 2 },
      { value: 5, count: 1 },
    ]);
    expect(summary.mean).toBe(3.5);
    expect(summary.respondents).toBe(4);
  });
  it('has no mean without answers', () => {
    expect(scale.summarize(oneToFive, [], { withNames: false }).mean).toBeNull();
  });
  it('supports 0–10 and refuses values outside the range or between steps', () => {
    const zeroToTen = { ...oneToFive, min: 0, max: 10 };
    expect(scaleSteps(zeroToTen)).toHaveLength(11);
    const schema = scale.answerSchema(zeroToTen);
    expect(schema.safeParse({ value: 0 }).success).toBe(true);
    expect(schema.safeParse({ value: 11 }).success).toBe(false);
    expect(schema.safeParse({ value: 2.5 }).success).toBe(false);
  });
  it('refuses a range that is empty, reversed or too wide for one row of buttons', () => {
    expect(scale.configSchema.safeParse({ ...oneToFive, min: 5, max: 5 }).success).toBe(false);
    expect(scale.configSchema.safeParse({ ...oneToFive, min: 5, max: 1 }).success).toBe(false);
    expect(scale.configSchema.safeParse({ ...oneToFive, min: 0, max: 10 }).success).toBe(true);
  });
});
