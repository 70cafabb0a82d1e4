import { actionPlan } from './action-plan/index.js';
import type { CounselingModule, CounselingType } from './counseling-module.js';

/**
 * The only list of counseling modules (docs/design/counseling-engine.md §7); the server's one
 * generic answer handler and the view builders reach a type's behaviour through it, never by a
 * type check. Keyed by type, so a module under the wrong key does not compile.
 *
 * TODO(lead): full once the four modules land — make it `{ [T in CounselingType]: … }` (no `?`),
 * so the compiler refuses a counseling type without a module. Partial for now: strength-cards,
 * barrier-map and mock-interview are being written in their own folders.
 */
// The modules' configs and personal views differ; `any` lets each keep its own types here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SomeCounselingModule = CounselingModule<any, any>;

export const counselingModules: { [T in CounselingType]?: SomeCounselingModule & { type: T } } = {
  'action-plan': actionPlan,
};

/** The erased module every caller uses: config and personal view are `unknown` at the boundary. */
export type ErasedCounselingModule = CounselingModule<unknown, unknown>;

/** The module of a type, or null while that type's module has not landed (see the TODO above). */
export function counselingModule(type: CounselingType): ErasedCounselingModule | null {
  return (counselingModules[type] as ErasedCounselingModule | undefined) ?? null;
}

/** The types that can be opened now. */
export function availableCounselingTypes(): CounselingType[] {
  return (Object.keys(counselingModules) as CounselingType[]).filter((t) => counselingModules[t]);
}
