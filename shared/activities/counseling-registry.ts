import { actionPlan } from './action-plan/index.js';
import { barrierMap } from './barrier-map/index.js';
import { instrument } from './instrument/index.js';
import { mockInterview } from './mock-interview/index.js';
import { strengthCards } from './strength-cards/index.js';
import type { CounselingModule, CounselingType } from './counseling-module.js';

/**
 * The only list of counseling modules (docs/design/counseling-engine.md §7); the server's one
 * generic answer handler and the view builders reach a type's behaviour through it, never by a
 * type check. Keyed by type (test/unit/activities/action-plan.test.ts checks each module's own
 * `type` is its key: the modules declare `type` as the wide CounselingType).
 *
 * The mapped type makes the compiler refuse a counseling type without a module.
 */
// The modules' configs and personal views differ; `any` lets each keep its own types here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SomeCounselingModule = CounselingModule<any, any>;

export const counselingModules: { [T in CounselingType]: SomeCounselingModule } = {
  'action-plan': actionPlan,
  'strength-cards': strengthCards,
  'barrier-map': barrierMap,
  'mock-interview': mockInterview,
  instrument,
};

/** The erased module every caller uses: config and personal view are `unknown` at the boundary. */
export type ErasedCounselingModule = CounselingModule<unknown, unknown>;

/** The module of a type; null only for a type string no module claims (a row written by a newer version). */
export function counselingModule(type: CounselingType): ErasedCounselingModule | null {
  return (counselingModules[type] as ErasedCounselingModule | undefined) ?? null;
}

/**
 * The config a counseling line opens with: the type's defaults overlaid with what the line carries
 * (a library activity's few settings — "카드 3장", "8분씩" — in the content data). Null when the
 * result does not fit the type, so a caller can refuse it or fall back.
 */
export function counselingConfigOf(type: CounselingType, carried: unknown): unknown {
  const module = counselingModule(type);
  // A plan's type (an instrument wave) takes its config from the wave, never from a line.
  if (module?.openedBy !== 'line') return null;
  const base = module.defaultConfig() as Record<string, unknown>;
  const overlay = carried !== null && typeof carried === 'object' && !Array.isArray(carried) ? carried : {};
  if (carried !== undefined && overlay !== carried) return null;
  const parsed = module.configSchema.safeParse({ ...base, ...overlay });
  if (!parsed.success) return null;
  // A setting the schema would drop (a typo, another type's key) is refused, not silently ignored.
  const kept = parsed.data as Record<string, unknown>;
  const dropped = Object.keys(overlay).some((key) => !(key in kept));
  return dropped ? null : parsed.data;
}
