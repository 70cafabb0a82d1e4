/**
 * The counseling content library: every collection parsed through its zod schema once, on first import,
 * and frozen. A mistake in the data throws here, naming the collection and the path of the bad field.
 *
 * Collections: programs, modules, strengths, barriers, supportServices, interviewQuestions,
 * interviewRubric, instruments (every version in `instrumentVersions`, the newest in `instruments`).
 * See docs/content.md.
 */
import { z } from 'zod';
import { barriers as barrierData } from './barriers.js';
import { instrumentData } from './instruments/index.js';
import { findContentProblems, newestInstrumentVersions, type ContentLibrary } from './integrity.js';
import { questionData, rubricData } from './interview/index.js';
import { moduleData } from './modules/index.js';
import { programData } from './programs/index.js';
import {
  Barrier,
  InterviewQuestion,
  Instrument,
  Module,
  Program,
  RubricCriterion,
  StrengthCard,
  SupportService,
  type JobFamily,
  type QuestionType,
} from './schema.js';
import { strengths as strengthData } from './strengths.js';
import { supportServices as serviceData } from './support-services.js';

export * from './schema.js';
export {
  agendaMinutes,
  findContentProblems,
  newestInstrumentVersions,
  type ContentLibrary,
} from './integrity.js';
export { catalogOrder } from './programs/index.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Parse one collection; throws with the collection name and a readable list of issues. */
export function parseCollection<S extends z.ZodType>(
  name: string,
  schema: S,
  data: unknown,
): readonly z.output<S>[] {
  const result = z.array(schema).safeParse(data);
  if (!result.success) {
    throw new Error(`content collection "${name}" is invalid:\n${z.prettifyError(result.error)}`);
  }
  return deepFreeze(result.data);
}

export const programs: readonly Program[] = parseCollection('programs', Program, programData);
export const modules: readonly Module[] = parseCollection('modules', Module, moduleData);
export const strengths: readonly StrengthCard[] = parseCollection('strengths', StrengthCard, strengthData);
export const barriers: readonly Barrier[] = parseCollection('barriers', Barrier, barrierData);
export const supportServices: readonly SupportService[] = parseCollection(
  'supportServices',
  SupportService,
  serviceData,
);
export const interviewQuestions: readonly InterviewQuestion[] = parseCollection(
  'interviewQuestions',
  InterviewQuestion,
  questionData,
);
export const interviewRubric: readonly RubricCriterion[] = parseCollection(
  'interviewRubric',
  RubricCriterion,
  rubricData,
);
/**
 * Every published version of every instrument. Old versions stay: a wave pins the version it was
 * planned with, and its stored scores are read, reported and exported with that version for as long
 * as they are kept.
 */
export const instrumentVersions: readonly Instrument[] = parseCollection(
  'instruments',
  Instrument,
  instrumentData,
);
/** The newest version of each instrument, in the order of the data: what a new wave is planned with. */
export const instruments: readonly Instrument[] = newestInstrumentVersions(instrumentVersions);

/** The whole built-in library as one object (the shape findContentProblems checks). */
export const library: ContentLibrary = {
  programs,
  modules,
  strengths,
  barriers,
  supportServices,
  interviewQuestions,
  interviewRubric,
  instruments,
};

const index = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((x) => [x.id, x]));

export const programById = index(programs);
export const moduleById = index(modules);
export const strengthById = index(strengths);
export const barrierById = index(barriers);
export const supportServiceById = index(supportServices);
export const interviewQuestionById = index(interviewQuestions);
export const instrumentById = index(instruments);
const instrumentByVersion = new Map(instrumentVersions.map((i) => [`${i.id}@${i.version}`, i]));

/** A published version of an instrument, current or older (what a wave and its scores pinned). */
export function instrumentVersion(id: string, version: number): Instrument | undefined {
  return instrumentByVersion.get(`${id}@${version}`);
}

/**
 * Questions for a mock interview: the given job family plus the common ones, optionally of one type.
 */
export function questionsFor(jobFamily: JobFamily, type?: QuestionType): readonly InterviewQuestion[] {
  return interviewQuestions.filter(
    (q) => (q.jobFamily === jobFamily || q.jobFamily === 'common') && (type === undefined || q.type === type),
  );
}

// Fail at start-up, not in front of a group, if a reference is broken.
const problems = findContentProblems(library);
if (problems.length > 0) {
  throw new Error(`content library is inconsistent:\n- ${problems.join('\n- ')}`);
}
