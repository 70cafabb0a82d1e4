import { describe, expect, it } from 'vitest';
import { pollSingle } from '../../../shared/activities/poll-single/index.js';
import { pollMulti } from '../../../shared/activities/poll-multi/index.js';
import { records } from './records.js';

const options = [
  { id: 'a', label: '사무' },
  { id: 'b', label: 'IT' },
  { id: 'c', label: '돌봄' },
];
const noNames = { withNames: false };

describe('single-choice poll', () => {
  const config = { options };
  it('counts each option, zero for options nobody picked', () => {
    const summary = pollSingle.summarize(
      config,
      records([{ optionId: 'a' }, { optionId: 'a' }, { optionId: 'c' }]),
      noNames,
    );
    expect(summary).toEqual({
      kind: 'choice',
      respondents: 3,
      counts: [
        { optionId: 'a', label: '사무', count: 2 },
        { optionId: 'b', label: 'IT', count: 0 },
        { optionId: 'c', label: '돌봄', count: 1 },
      ],
    });
  });
  it('leaves hidden answers out', () => {
    const summary = pollSingle.summarize(
      config,
      records([{ optionId: 'a' }, { optionId: 'b' }], [0]),
      noNames,
    );
    expect(summary.respondents).toBe(1);
    expect(summary.counts.map((c) => c.count)).toEqual([0, 1, 0]);
  });
  it('accepts only option ids of this poll', () => {
    const schema = pollSingle.answerSchema(config);
    expect(schema.safeParse({ optionId: 'b' }).success).toBe(true);
    expect(schema.safeParse({ optionId: 'z' }).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
  });
  it('needs two to twelve options with unique ids', () => {
    expect(pollSingle.configSchema.safeParse({ options: [options[0]] }).success).toBe(false);
    expect(pollSingle.configSchema.safeParse({ options: [options[0], options[0]] }).success).toBe(false);
    expect(pollSingle.configSchema.safeParse(pollSingle.defaultConfig()).success).toBe(true);
  });
});

describe('multiple-choice poll', () => {
  const config = { options, maxPicks: 2 };
  it('counts every pick and each person once per option', () => {
    const summary = pollMulti.summarize(
      config,
      records([{ optionIds: ['a', 'b'] }, { optionIds: ['b'] }]),
      noNames,
    );
    expect(summary.respondents).toBe(2);
    expect(summary.counts.map((c) => c.count)).toEqual([1, 2, 0]);
  });
  it('enforces the maximum number of picks, at least one pick, no repeats', () => {
    const schema = pollMulti.answerSchema(config);
    expect(schema.safeParse({ optionIds: ['a', 'c'] }).success).toBe(true);
    expect(schema.safeParse({ optionIds: ['a', 'b', 'c'] }).success).toBe(false);
    expect(schema.safeParse({ optionIds: [] }).success).toBe(false);
    expect(schema.safeParse({ optionIds: ['a', 'a'] }).success).toBe(false);
  });
  it('refuses a maximum above the number of options', () => {
    expect(pollMulti.configSchema.safeParse({ options, maxPicks: 4 }).success).toBe(false);
    expect(pollMulti.configSchema.safeParse(pollMulti.defaultConfig()).success).toBe(true);
  });
});
