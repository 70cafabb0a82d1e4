/**
 * Cross-reference checks that a schema alone cannot express: unique ids, agenda → module, module →
 * instrument, barrier → support service, instrument subscale → items, agenda hours = program hours.
 * Used by the tests for the built-in library and usable for a center's own additions.
 */
import type {
  Barrier,
  InterviewQuestion,
  Instrument,
  Module,
  Program,
  RubricCriterion,
  StrengthCard,
  SupportService,
} from './schema.js';

export interface ContentLibrary {
  programs: readonly Program[];
  modules: readonly Module[];
  strengths: readonly StrengthCard[];
  barriers: readonly Barrier[];
  supportServices: readonly SupportService[];
  interviewQuestions: readonly InterviewQuestion[];
  interviewRubric: readonly RubricCriterion[];
  instruments: readonly Instrument[];
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return [...dup];
}

/** Minutes of a program's default agenda, from the durations of the modules it lists. */
export function agendaMinutes(program: Program, modules: readonly Module[]): number {
  const byId = new Map(modules.map((m) => [m.id, m]));
  let total = 0;
  for (const day of program.agenda.days) {
    for (const id of day.moduleIds) total += byId.get(id)?.durationMinutes ?? 0;
  }
  return total;
}

/** Every problem found, as a readable sentence; an empty list means the library is consistent. */
export function findContentProblems(lib: ContentLibrary): string[] {
  const problems: string[] = [];
  const collections: [string, readonly { id: string }[]][] = [
    ['programs', lib.programs],
    ['modules', lib.modules],
    ['strengths', lib.strengths],
    ['barriers', lib.barriers],
    ['supportServices', lib.supportServices],
    ['interviewQuestions', lib.interviewQuestions],
    ['interviewRubric', lib.interviewRubric],
    ['instruments', lib.instruments],
  ];
  for (const [name, items] of collections) {
    for (const id of duplicates(items.map((x) => x.id)))
      problems.push(`${name}: id "${id}" is used more than once`);
  }

  const moduleIds = new Set(lib.modules.map((m) => m.id));
  const instrumentIds = new Set(lib.instruments.map((i) => i.id));
  const serviceIds = new Set(lib.supportServices.map((s) => s.id));

  for (const p of lib.programs) {
    for (const id of duplicates(p.tracks.map((t) => t.id)))
      problems.push(`program ${p.id}: track id "${id}" repeats`);
    p.agenda.days.forEach((day, i) => {
      if (day.day !== i + 1)
        problems.push(`program ${p.id}: agenda day ${day.day} is out of order (expected ${i + 1})`);
      for (const id of day.moduleIds) {
        if (!moduleIds.has(id)) problems.push(`program ${p.id}: day ${day.day} lists unknown module "${id}"`);
      }
    });
    const days = p.agenda.days.length;
    if (!p.dayOptions.includes(days)) {
      problems.push(`program ${p.id}: agenda has ${days} days, catalog allows ${p.dayOptions.join('/')}`);
    }
    const hours = agendaMinutes(p, lib.modules) / 60;
    if (hours < p.hours.min || hours > p.hours.max) {
      problems.push(
        `program ${p.id}: agenda adds up to ${hours} h, catalog says ${p.hours.min}–${p.hours.max} h`,
      );
    }
  }

  for (const m of lib.modules) {
    for (const a of m.activities) {
      if (a.instrumentId !== undefined && !instrumentIds.has(a.instrumentId)) {
        problems.push(`module ${m.id}: unknown instrument "${a.instrumentId}"`);
      }
    }
  }

  for (const b of lib.barriers) {
    for (const id of b.serviceIds) {
      if (!serviceIds.has(id)) problems.push(`barrier ${b.id}: unknown support service "${id}"`);
    }
  }

  for (const ins of lib.instruments) {
    const itemIds = new Set(ins.items.map((it) => it.id));
    for (const id of duplicates(ins.items.map((it) => it.id)))
      problems.push(`instrument ${ins.id}: item id "${id}" repeats`);
    const subscaleIds = new Set(ins.subscales.map((s) => s.id));
    for (const s of ins.subscales) {
      for (const id of s.itemIds) {
        const item = ins.items.find((it) => it.id === id);
        if (!itemIds.has(id))
          problems.push(`instrument ${ins.id}: subscale ${s.id} lists unknown item "${id}"`);
        else if (item?.kind !== 'rating')
          problems.push(`instrument ${ins.id}: subscale ${s.id} lists non-rating item "${id}"`);
        else if (item.subscaleId !== s.id)
          problems.push(`instrument ${ins.id}: item ${id} does not name subscale ${s.id}`);
      }
    }
    for (const it of ins.items) {
      if (it.kind === 'rating' && it.subscaleId !== undefined && !subscaleIds.has(it.subscaleId)) {
        problems.push(`instrument ${ins.id}: item ${it.id} names unknown subscale "${it.subscaleId}"`);
      }
    }
    const ratingCount = ins.items.filter((it) => it.kind === 'rating').length;
    if (ratingCount === 0) problems.push(`instrument ${ins.id}: has no rating items`);
    if (ins.scoring.maxMissing >= ratingCount) {
      problems.push(
        `instrument ${ins.id}: maxMissing ${ins.scoring.maxMissing} would allow a score with no answers`,
      );
    }
  }
  return problems;
}

/**
 * The newest version of each instrument, in the order of first appearance. Throws when a version is
 * listed twice, or when versions of one instrument differ in `use`: anonymity follows `use` (an
 * end-of-program survey is stored without its member), so the waves of one instrument would be
 * stored two ways.
 */
export function newestInstrumentVersions(all: readonly Instrument[]): readonly Instrument[] {
  const newest = new Map<string, Instrument>();
  const seen = new Set<string>();
  for (const ins of all) {
    const key = `${ins.id}@${ins.version}`;
    if (seen.has(key)) throw new Error(`instruments: ${key} is listed twice`);
    seen.add(key);
    const before = newest.get(ins.id);
    if (before !== undefined && before.use !== ins.use)
      throw new Error(`instruments: versions of ${ins.id} differ in use`);
    if (before === undefined || ins.version > before.version) newest.set(ins.id, ins);
  }
  return Object.freeze([...newest.values()]);
}
