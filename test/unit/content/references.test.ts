import { describe, expect, it } from 'vitest';
import {
  ActivityType,
  agendaMinutes,
  barriers,
  findContentProblems,
  instrumentById,
  instruments,
  interviewQuestions,
  interviewRubric,
  library,
  moduleById,
  modules,
  programs,
  strengths,
  supportServiceById,
  supportServices,
  type ContentLibrary,
} from '../../../shared/content/index.js';

const uniqueIds = (xs: readonly { id: string }[]) => new Set(xs.map((x) => x.id)).size === xs.length;

describe('ids', () => {
  it.each([
    ['programs', programs],
    ['modules', modules],
    ['strengths', strengths],
    ['barriers', barriers],
    ['supportServices', supportServices],
    ['interviewQuestions', interviewQuestions],
    ['interviewRubric', interviewRubric],
    ['instruments', instruments],
  ] as const)('are unique within %s', (_name, items) => {
    expect(uniqueIds(items)).toBe(true);
  });

  it('are unique within each program’s tracks and each instrument’s items and subscales', () => {
    for (const p of programs) expect(uniqueIds(p.tracks)).toBe(true);
    for (const i of instruments) {
      expect(uniqueIds(i.items)).toBe(true);
      expect(uniqueIds(i.subscales)).toBe(true);
    }
  });
});

describe('references resolve', () => {
  it('the built-in library has no problems at all', () => {
    expect(findContentProblems(library)).toEqual([]);
  });

  it('agenda → module', () => {
    for (const p of programs) {
      for (const d of p.agenda.days)
        for (const id of d.moduleIds) expect(moduleById.has(id), `${p.id}: ${id}`).toBe(true);
    }
  });

  it('module → activity type, and instrument activities → instrument', () => {
    for (const m of modules) {
      for (const a of m.activities) {
        expect(ActivityType.options).toContain(a.type);
        if (a.type === 'instrument') expect(instrumentById.has(a.instrumentId ?? ''), m.id).toBe(true);
      }
    }
  });

  it('instrument subscale → items, and item → subscale', () => {
    for (const ins of instruments) {
      const ids = new Set(ins.items.map((i) => i.id));
      for (const s of ins.subscales)
        for (const id of s.itemIds) expect(ids.has(id), `${ins.id}: ${id}`).toBe(true);
      for (const it of ins.items) {
        if (it.kind === 'rating' && it.subscaleId) {
          expect(ins.subscales.find((s) => s.id === it.subscaleId)?.itemIds).toContain(it.id);
        }
      }
    }
  });

  it('barrier → support service', () => {
    for (const b of barriers)
      for (const id of b.serviceIds) expect(supportServiceById.has(id), `${b.id}: ${id}`).toBe(true);
  });

  it('every module is used by at least one program agenda', () => {
    const used = new Set(programs.flatMap((p) => p.agenda.days.flatMap((d) => d.moduleIds)));
    expect(modules.filter((m) => !used.has(m.id)).map((m) => m.id)).toEqual([]);
  });
});

describe('agendas', () => {
  it.each(programs.map((p) => [p.id, p] as const))(
    '%s adds up to its hours, on an allowed number of days',
    (_id, p) => {
      const hours = agendaMinutes(p, modules) / 60;
      expect(hours).toBeGreaterThanOrEqual(p.hours.min);
      expect(hours).toBeLessThanOrEqual(p.hours.max);
      if (p.hours.min === p.hours.max) expect(hours).toBe(p.hours.min);
      expect(p.dayOptions).toContain(p.agenda.days.length);
      expect(p.agenda.days.map((d) => d.day)).toEqual(p.agenda.days.map((_d, i) => i + 1));
    },
  );

  it('run each pre/post instrument on the first and the last day', () => {
    for (const p of programs) {
      const instrumentsOn = (day: number) =>
        new Set(
          (p.agenda.days[day]?.moduleIds ?? []).flatMap((id) =>
            (moduleById.get(id)?.activities ?? []).flatMap((a) => (a.instrumentId ? [a.instrumentId] : [])),
          ),
        );
      const first = instrumentsOn(0);
      const last = instrumentsOn(p.agenda.days.length - 1);
      for (const id of first) {
        if (instrumentById.get(id)?.use === 'pre-post') expect(last.has(id), `${p.id}: ${id}`).toBe(true);
      }
      expect(last.has('program-satisfaction'), p.id).toBe(true);
    }
  });
});

describe('findContentProblems catches broken additions', () => {
  const base = library;
  const firstProgram = programs[0]!;
  const firstModule = modules[0]!;

  it('an unknown module in an agenda, and a wrong total', () => {
    const broken: ContentLibrary = {
      ...base,
      programs: [
        {
          ...firstProgram,
          agenda: {
            ...firstProgram.agenda,
            days: [{ day: 1, title: { ko: '가', en: 'A' }, moduleIds: ['no-such-module'] }],
          },
        },
      ],
    };
    const problems = findContentProblems(broken);
    expect(problems.some((p) => p.includes('unknown module "no-such-module"'))).toBe(true);
    expect(problems.some((p) => p.includes('adds up to'))).toBe(true);
  });

  it('a duplicate id, an unknown instrument and an unknown support service', () => {
    const broken: ContentLibrary = {
      ...base,
      modules: [
        ...modules,
        {
          ...firstModule,
          activities: [{ type: 'instrument', instrumentId: 'nope', prompt: { ko: '가', en: 'A' } }],
        },
      ],
      barriers: [{ ...barriers[0]!, id: 'new-barrier', serviceIds: ['nowhere'] }],
    };
    const problems = findContentProblems(broken);
    expect(problems).toContain(`modules: id "${firstModule.id}" is used more than once`);
    expect(problems.some((p) => p.includes('unknown instrument "nope"'))).toBe(true);
    expect(problems.some((p) => p.includes('unknown support service "nowhere"'))).toBe(true);
  });
});
