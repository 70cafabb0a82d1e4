import fc from 'fast-check';
import type { z } from 'zod';
import { activityModules } from '../../shared/activities/registry.js';
import { ACTIVITY_TYPES } from '../../shared/activities/types.js';
import { COUNSELING_TYPES } from '../../shared/activities/counseling-module.js';
import * as programSchemas from '../../shared/program/schemas.js';
import * as protocolSchemas from '../../shared/protocol/schemas.js';
import { hostile, hostileNumber, hostileString, scalar } from './hostile-values.js';

/**
 * Hostile payload generators for the fuzz suites (fast-check, so a seed reproduces a run). Field
 * names are read from the wire contract's zod schemas, so a field added to a payload is fuzzed
 * without touching this file; values are chosen by what the name suggests (ids, codes, booleans…)
 * or are plain hostile.
 */

/** Ids, codes and names that exist somewhere in the world under test (other sessions, centers). */
export interface IdPool {
  /** By kind, as fields name them: `session` for sessionId, `activity` for activityIds… */
  ids: Record<string, string[]>;
  codes: string[];
  nicknames: string[];
}

interface ZodInternals {
  _zod?: { def?: Record<string, unknown> };
}

/** Every object key at any depth of the given schemas (objects, unions, intersections, pipes, arrays). */
export function fieldNamesOf(schemas: unknown[]): string[] {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(walk);
    const def = (node as ZodInternals)._zod?.def;
    if (!def) return;
    const shape = def.shape as Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(shape ?? {})) {
      names.add(key);
      walk(value);
    }
    for (const [key, value] of Object.entries(def)) if (key !== 'shape') walk(value);
  };
  schemas.forEach(walk);
  return [...names].sort();
}

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** Every field of every socket payload and HTTP body, plus each activity type's config and answer fields. */
export const CONTRACT_FIELDS = fieldNamesOf([
  ...Object.values(protocolSchemas).filter(isSchema),
  ...Object.values(programSchemas).filter(isSchema),
  ...Object.values(activityModules).flatMap((m) => [
    m.configSchema,
    (m.answerSchema as (c: unknown) => z.ZodType)(m.defaultConfig()),
  ]),
]);

const fromPool = (items: string[]) =>
  items.length > 0 ? fc.constantFrom(...items) : fc.constant('00000000-0000-4000-8000-000000000000');

/** The pool's ids a field names (`intoMemberId` → members); every id when the name says no kind. */
function idsFor(name: string, pool: IdPool): string[] {
  const field = name.toLowerCase();
  const kind = Object.keys(pool.ids).find((k) => field.endsWith(`${k}id`) || field.endsWith(`${k}ids`));
  return kind ? pool.ids[kind]! : Object.values(pool.ids).flat();
}

/** An answer of each activity type (valid for the fuzz world's activities), or not. */
const answerValue = fc.oneof(
  fc.record({ optionId: fc.constantFrom('o1', 'o2', 'o9') }),
  fc.record({ optionIds: fc.subarray(['o1', 'o2', 'o3', 'o3']) }),
  fc.record({ value: fc.oneof(fc.integer({ min: -1, max: 11 }), hostileNumber) }),
  fc.record({ text: hostileString }),
  fc.record({ words: fc.array(hostileString, { maxLength: 6 }) }),
);

/** An activity draft: a known type with its default config (from the registry), or something else. */
const activityDraft = fc.record({
  title: hostileString,
  type: fc.constantFrom(...ACTIVITY_TYPES),
  config: fc.constantFrom(...ACTIVITY_TYPES).map((type) => activityModules[type].defaultConfig() as unknown),
});

/** A value for a named field: usually plausible for the name (so it gets past zod), sometimes hostile. */
function fieldValue(name: string, pool: IdPool, depth: number): fc.Arbitrary<unknown> {
  const id = fc.oneof(
    { weight: 4, arbitrary: fromPool(idsFor(name, pool)) },
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileString },
  );
  const code = fc.oneof(fromPool(pool.codes), fc.stringMatching(/^\d{6}$/), hostileString);
  const plausible: fc.Arbitrary<unknown> = (() => {
    if (name === 'code') return code;
    if (name === 'value' && depth === 2) return answerValue;
    if (name === 'activity') return activityDraft;
    if (name.endsWith('Ids') || name === 'options' || name === 'words')
      return fc.array(fc.oneof(id, fc.record({ id, label: hostileString })), { maxLength: 6 });
    if (name.endsWith('Id') || name === 'id') return id;
    if (name === 'type') return fc.constantFrom(...ACTIVITY_TYPES, ...COUNSELING_TYPES, 'sql', '');
    if (['nickname', 'realName', 'title', 'label', 'text', 'name'].includes(name))
      return fc.oneof(fromPool(pool.nicknames), hostileString);
    if (name === 'rejoinToken') return fc.oneof(fc.string({ minLength: 16, maxLength: 64 }), hostileString);
    if (name === 'intake')
      return fc.record({ desiredJob: hostileString, worry: hostileString, hope: hostileString });
    if (name === 'pin') return fc.oneof(fc.stringMatching(/^\d{4,6}$/), hostileString);
    if (/^(locked|visible|showNames|review|hidden|consent|active|endRunning|shown)$/.test(name))
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: scalar });
    if (/(Ms|minutes|max|min|value|version|threshold|hours|Picks|Length|Words|present)/i.test(name))
      return fc.oneof(fc.constantFrom(1000, 60_000, 5), hostileNumber);
    return hostile;
  })();
  return fc.oneof(
    { weight: 12, arbitrary: plausible },
    { weight: 1, arbitrary: hostile },
    // Nested bodies (an activity's config, a program's days) get a key-bag of their own.
    ...(depth > 0 ? [{ weight: 1, arbitrary: keyBag(pool, null, depth - 1) }] : []),
  );
}

const ALL_SCHEMAS = Object.fromEntries(
  Object.entries({ ...protocolSchemas, ...programSchemas }).filter(([, v]) => isSchema(v)),
) as Record<string, z.ZodType>;

/**
 * The top-level fields of an event's payload schema, found by name in the contract
 * (`activity:add` → activityAddSchema, `timer:pause` → timerControlSchema); null if none is named so.
 */
export function eventFields(event: string): string[] | null {
  const camel = event.replace(/[:-](\w)/g, (_m, c: string) => c.toUpperCase());
  const schema = ALL_SCHEMAS[`${camel}Schema`] ?? ALL_SCHEMAS[`${event.split(':')[0]}ControlSchema`];
  const shape = (schema as ZodInternals | undefined)?._zod?.def?.shape as Record<string, unknown> | undefined;
  return shape ? Object.keys(shape) : null;
}

/**
 * An object of fields with values fitting their names, plus hostile extra keys. With the event's own
 * fields each is present most of the time (so many calls pass validation and reach the handler);
 * otherwise any contract field may appear.
 */
export function keyBag(
  pool: IdPool,
  own: string[] | null = null,
  depth = 2,
): fc.Arbitrary<Record<string, unknown>> {
  const chosen = own
    ? fc
        .tuple(
          // Each own field is left out one time in eight: a missing field is a case too.
          fc.array(fc.integer({ min: 0, max: 7 }), { minLength: own.length, maxLength: own.length }),
          fc.subarray(CONTRACT_FIELDS, { maxLength: 2 }),
        )
        .map(([keep, more]) => [...own.filter((_f, i) => keep[i] !== 0), ...more])
    : fc.subarray(CONTRACT_FIELDS, { maxLength: 7 });
  return fc
    .tuple(
      chosen,
      fc.array(fc.tuple(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')), hostile), {
        maxLength: 2,
      }),
    )
    .chain(([fields, extra]) =>
      fc.tuple(...fields.map((f) => fieldValue(f, pool, depth))).map((values) => {
        const bag: Record<string, unknown> = {};
        // defineProperty: a "__proto__" key must be an own key, not a prototype change.
        const put = (k: string, v: unknown) =>
          Object.defineProperty(bag, k, { value: v, enumerable: true, writable: true, configurable: true });
        fields.forEach((f, i) => put(f, values[i]));
        extra.forEach(([k, v]) => put(String(k), v));
        return bag;
      }),
    );
}

/** What one fuzz step emits: the arguments before the ack callback, and whether there is an ack. */
export interface FuzzCall {
  args: unknown[];
  withAck: boolean;
}

/** Calls for one event: its own fields most of the time (see `eventFields`), anything otherwise. */
export function fuzzCall(pool: IdPool, own: string[] | null): fc.Arbitrary<FuzzCall> {
  const payload = fc.oneof(
    ...(own ? [{ weight: 20, arbitrary: keyBag(pool, own) }] : []),
    { weight: 3, arbitrary: keyBag(pool) },
    { weight: 3, arbitrary: hostile },
    { weight: 1, arbitrary: keyBag(pool, own).map((bag) => [bag]) },
  );
  return fc
    .oneof(
      { weight: 12, arbitrary: payload.map((p) => ({ args: [p], withAck: true })) },
      { weight: 1, arbitrary: fc.constant({ args: [] as unknown[], withAck: true }) },
      {
        weight: 1,
        arbitrary: fc.array(payload, { minLength: 2, maxLength: 3 }).map((args) => ({ args, withAck: true })),
      },
      { weight: 1, arbitrary: payload.map((p) => ({ args: [p], withAck: false })) },
    )
    .map((call) =>
      // Several long strings together could pass the transport cap, where engine.io closes the
      // connection by design (tested on its own): such a call is sent as one oversized string instead.
      wireSize(call) < OVERSIZED_BYTES
        ? call
        : { args: ['x'.repeat(OVERSIZED_BYTES / 2)], withAck: call.withAck },
    );
}

/** Above the 16 KB soft cap (an error ack), well below the 64 KB transport cap (a disconnect). */
const OVERSIZED_BYTES = 48 * 1024;

/** Bytes the call would take on the wire (a Buffer goes as a binary attachment of its own length). */
export function wireSize(call: FuzzCall): number {
  let binary = 0;
  const json = JSON.stringify(call.args, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return ((binary += raw.length), 0);
    return v;
  });
  return Buffer.byteLength(json ?? '') + binary;
}
