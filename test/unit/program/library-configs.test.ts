import { describe, expect, it } from 'vitest';
import { splitChoices } from '../../../shared/activities/choice.js';
import { activityModules, resultsAudience } from '../../../shared/activities/registry.js';
import { isEngineType } from '../../../shared/activities/types.js';
import { lineConfig, localizeConfig } from '../../../shared/content/engine-config.js';
import { moduleById, modules, programs } from '../../../shared/content/index.js';
import { dayActivityDrafts } from '../../../shared/program/day-activities.js';
import { programFromTemplate } from '../../../shared/program/template.js';
import type { ActivityDraft } from '../../../shared/protocol/schemas.js';

/**
 * Library prompts open as what they say: every activity a template's agenda puts on phones opens
 * with the library's own config, one that fits its prompt, never with a type's placeholder.
 */

const PLACEHOLDER = /^(선택지|option)\s*\d+$/iu;

/** Every template, with each of its tracks: the days a program made from it starts. */
const made = programs.flatMap((template) =>
  [null, ...template.tracks.map((t) => t.id)].map((trackId) => ({
    name: trackId ? `${template.id} · ${trackId}` : template.id,
    body: programFromTemplate({
      template,
      modules: moduleById,
      trackId,
      firstDate: '2025-03-07',
      facilitatorIds: ['f1'],
    }),
  })),
);

/** What a prompt says about the config it needs; an empty list when it fits. */
function promptProblems(draft: ActivityDraft): string[] {
  const { title } = draft;
  const problems: string[] = [];
  if (draft.type === 'scale') {
    const config = activityModules.scale.configSchema.parse(draft.config);
    const range = /(\d+)\s*~\s*(\d+)/u.exec(title);
    if (!range) problems.push('a scale prompt names its range (e.g. 0~10)');
    else if (config.min !== Number(range[1]) || config.max !== Number(range[2]))
      problems.push(`prompt says ${range[0]}, scale is ${config.min}–${config.max}`);
  }
  if (draft.type === 'poll-multi') {
    const { maxPicks, options } = activityModules['poll-multi'].configSchema.parse(draft.config);
    if (/세 가지/u.test(title) && maxPicks !== 3) problems.push(`"세 가지" allows ${maxPicks} picks`);
    if (/모두/u.test(title) && maxPicks !== options.length)
      problems.push(`"모두" allows ${maxPicks} of ${options.length}`);
    if (!/세 가지|모두/u.test(title)) problems.push('a multiple-choice prompt says how many to pick');
  }
  if (draft.type === 'word-cloud') {
    const { maxWords } = activityModules['word-cloud'].configSchema.parse(draft.config);
    if (/한 단어|하나/u.test(title) && maxWords !== 1) problems.push(`"one" allows ${maxWords} words`);
    if (/세 개/u.test(title) && maxWords !== 3) problems.push(`"three" allows ${maxWords} words`);
  }
  if (draft.type === 'poll-single' || draft.type === 'poll-multi') {
    const { options } = activityModules['poll-single'].configSchema.parse(draft.config);
    for (const option of options)
      if (PLACEHOLDER.test(option.label)) problems.push(`placeholder option "${option.label}"`);
    // The choices are the options now; a list left in the prompt would show them twice.
    if (splitChoices(title)) problems.push('the prompt still lists its choices');
  }
  return problems;
}

describe('library activities open as what they say', () => {
  it('has templates with phone activities to check', () => {
    const drafts = made.flatMap(({ body }) => body.days.flatMap((d) => dayActivityDrafts(d.modules)));
    expect(drafts.length).toBeGreaterThan(50);
    expect(new Set(drafts.map((d) => d.type))).toEqual(
      new Set(['poll-single', 'poll-multi', 'scale', 'open-text', 'word-cloud']),
    );
  });

  for (const { name, body } of made) {
    it(`${name}: every phone activity opens with its library config, fitting its prompt`, () => {
      const problems: string[] = [];
      body.days.forEach((day, d) => {
        const drafts = dayActivityDrafts(day.modules);
        const lines = day.modules.flatMap((m) =>
          m.activities.filter((a) => isEngineType(a.type)).map((a) => ({ module: m, activity: a })),
        );
        expect(drafts).toHaveLength(lines.length);
        drafts.forEach((draft, i) => {
          const { module, activity } = lines[i]!;
          const where = `day ${d + 1} ${module.moduleId}: ${draft.title}`;
          const parsed = activityModules[draft.type].configSchema.safeParse(draft.config);
          if (!parsed.success) problems.push(`${where}: config does not parse`);
          const library = moduleById
            .get(module.moduleId ?? '')
            ?.activities.find((a) => a.prompt.ko.slice(0, 200) === activity.title);
          if (!library) problems.push(`${where}: not found in the library`);
          else if (JSON.stringify(draft.config) !== JSON.stringify(lineConfig(library, 'ko')))
            problems.push(`${where}: opens with another config than the library's`);
          else if (resultsAudience(draft.type, draft.config) !== (library.visibility ?? 'room'))
            problems.push(`${where}: opens visible to another audience than the library's flag`);
          problems.push(...promptProblems(draft).map((p) => `${where}: ${p}`));
        });
      });
      expect(problems).toEqual([]);
    });
  }

  it("every library activity's English config fits its English prompt's range too", () => {
    const problems: string[] = [];
    for (const module of modules)
      for (const activity of module.activities) {
        if (activity.type !== 'scale') continue;
        const config = localizeConfig(activity.engine, 'en') as { min: number; max: number };
        const range = /from (\d+) to (\d+)/iu.exec(activity.prompt.en);
        if (!range || config.min !== Number(range[1]) || config.max !== Number(range[2]))
          problems.push(`${module.id}: ${activity.prompt.en}`);
      }
    expect(problems).toEqual([]);
  });
});

/**
 * Prompts that invite sensitive or identifying answers are flagged in the library, and the flag
 * reaches the engine config of every template's day that opens them.
 */
describe('library prompts that invite sensitive or identifying answers', () => {
  const FLAGGED: [prompt: string, visibility: 'facilitator' | 'self'][] = [
    // Naming acquaintances: the prompt itself promises "이름은 본인만 봅니다".
    ['일자리 소식을 물어볼 수 있는 사람 다섯 명', 'self'],
    ['힘들 때 연락할 사람과 기관', 'self'],
    ['나에게 자주 하는 부정적인 말', 'facilitator'],
    ['가장 큰 걸림돌 하나에 대해 이번 주에 할 수 있는 첫 대처 행동', 'facilitator'],
    ['내 경력 연표', 'facilitator'],
    ['계획을 방해할 수 있는 일과 그때의 대처 방법', 'facilitator'],
  ];
  const all = modules.flatMap((m) => m.activities);

  for (const [prompt, visibility] of FLAGGED)
    it(`"${prompt}" is '${visibility}' and opens so`, () => {
      const found = all.filter((a) => a.prompt.ko.includes(prompt));
      expect(found).toHaveLength(1);
      const activity = found[0]!;
      expect(activity.visibility).toBe(visibility);
      const drafts = made.flatMap(({ body }) =>
        body.days.flatMap((d) => dayActivityDrafts(d.modules)).filter((d) => d.title === activity.prompt.ko),
      );
      for (const draft of drafts) expect(resultsAudience(draft.type, draft.config)).toBe(visibility);
    });

  it('a prompt promising that only the author sees it is flagged self', () => {
    const promises = all.filter((a) => /본인만|only you/u.test(`${a.prompt.ko} ${a.prompt.en}`));
    expect(promises.length).toBeGreaterThan(0);
    for (const a of promises) expect(a.visibility, a.prompt.ko).toBe('self');
  });

  it('no other prompt is flagged (the list above is the reviewed one)', () => {
    const flagged = all.filter((a) => a.visibility !== undefined).map((a) => a.prompt.ko);
    expect(flagged).toHaveLength(FLAGGED.length);
  });
});
