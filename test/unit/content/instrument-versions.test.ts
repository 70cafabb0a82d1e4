import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { instrumentData } from './raw.js';
import {
  Instrument,
  instrumentById,
  instruments,
  instrumentVersion,
  instrumentVersions,
  newestInstrumentVersions,
} from '../../../shared/content/index.js';

/**
 * The sha256 of each published version's items, scale, subscales and scoring. Scores are stored with
 * the version they were taken on and a pre pairs only with a post of its version, so these never
 * change: to change an instrument, add a new version (shared/content/instruments/index.ts) and record
 * its hash here. A version is never removed: its stored scores are read with it until they are purged.
 * Names, purpose, source and credit are not frozen; a wording fix there needs no new version.
 */
const FROZEN: Readonly<Record<string, string>> = {
  'life-satisfaction@1': '5038393c1ba2a90a0739f67994dca3e418250f4dd16fb123e209c19a24c8c40d',
  'swls@1': '9151ff35cda34e330cdd47bff032a5a262874cb8437177318a8f979cdd403715',
  'rosenberg-self-esteem@1': '06c77023ff17b25626a43cf9e91e28dd5bac456625c4f929c569eafd5f3dc45b',
  'job-search-readiness@1': '321f8f32fee1b254aef111622a93a78fbd362f84cb012716005569101cc96e76',
  'program-satisfaction@1': 'd426d106d215819043b435bbc60254b86fdb9a533d8daf0d150981a6c1942e06',
};

/** JSON with keys in sorted order, so the hash does not depend on how a data file orders its fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fingerprint(ins: Instrument): string {
  const frozen = { items: ins.items, scale: ins.scale, subscales: ins.subscales, scoring: ins.scoring };
  return createHash('sha256').update(canonical(frozen)).digest('hex');
}

describe('published instrument versions are frozen', () => {
  it('every published version has the hash recorded for it', () => {
    const now = Object.fromEntries(instrumentVersions.map((i) => [`${i.id}@${i.version}`, fingerprint(i)]));
    for (const [key, hash] of Object.entries(now)) {
      const recorded = FROZEN[key];
      const hint =
        recorded === undefined
          ? `a new version: record '${key}': '${hash}' in FROZEN`
          : `${key} changed after it was published: restore it and add a new version instead`;
      expect(hash, hint).toBe(recorded);
    }
  });

  it('no recorded version has been removed', () => {
    for (const key of Object.keys(FROZEN)) {
      const [id, version] = key.split('@') as [string, string];
      expect(instrumentVersion(id, Number(version)), key).toBeDefined();
    }
  });

  it('the hash sees a change of an item, a label, a reverse key or a scoring rule', () => {
    const swls = instrumentVersion('swls', 1) as Instrument;
    const changed: Instrument[] = [
      { ...swls, items: swls.items.slice(1) },
      { ...swls, scale: { ...swls.scale, labels: swls.scale.labels.slice(1) } },
      { ...swls, items: swls.items.map((it, i) => (i === 0 ? { ...it, reverse: true } : it)) },
      { ...swls, scoring: { ...swls.scoring, maxMissing: 0 } },
    ];
    for (const c of changed) expect(fingerprint(c)).not.toBe(fingerprint(swls));
    expect(fingerprint({ ...swls, credit: { ko: '다른 표기', en: 'Other wording' } })).toBe(
      fingerprint(swls),
    );
  });
});

describe('instrument versions', () => {
  it('instrumentVersion finds a version; instrumentById and instruments hold the newest of each', () => {
    for (const ins of instrumentVersions) expect(instrumentVersion(ins.id, ins.version)).toBe(ins);
    expect(instrumentVersion('swls', 99)).toBeUndefined();
    expect(instrumentVersion('no-such-instrument', 1)).toBeUndefined();
    for (const ins of instruments) {
      const newest = Math.max(...instrumentVersions.filter((v) => v.id === ins.id).map((v) => v.version));
      expect(ins.version).toBe(newest);
      expect(instrumentById.get(ins.id)).toBe(ins);
    }
  });

  const v1 = instrumentVersion('swls', 1) as Instrument;

  it("a second version replaces the first as the newest, in the first one's place", () => {
    const other = instrumentVersion('life-satisfaction', 1) as Instrument;
    const v2 = { ...v1, version: 2 };
    expect(newestInstrumentVersions([v1, other, v2])).toEqual([v2, other]);
    expect(newestInstrumentVersions([v2, other, v1])).toEqual([v2, other]);
  });

  it('refuses a version listed twice, and versions that differ in use (anonymity follows use)', () => {
    expect(() => newestInstrumentVersions([v1, { ...v1 }])).toThrow(/swls@1 is listed twice/);
    expect(() => newestInstrumentVersions([v1, { ...v1, version: 2, use: 'end-of-program' }])).toThrow(
      /differ in use/,
    );
  });
});

describe('credit lines', () => {
  it('every published instrument carries one; SWLS credits Diener, Emmons, Larsen & Griffin (1985)', () => {
    for (const ins of instrumentVersions.filter((i) => i.source.kind === 'published'))
      expect(ins.credit?.ko, ins.id).toBeTruthy();
    expect(instrumentById.get('swls')?.credit).toEqual({
      ko: 'Diener, Emmons, Larsen & Griffin (1985) — 출처를 밝혀 사용',
      en: 'Diener, Emmons, Larsen & Griffin (1985), used with credit',
    });
  });

  it('the schema refuses a published instrument without a credit line, and a version below 1', () => {
    const swls = instrumentData.find((i) => i.id === 'swls');
    const { credit: _credit, ...withoutCredit } = swls as typeof swls & { credit?: unknown };
    expect(Instrument.safeParse(swls).success).toBe(true);
    expect(Instrument.safeParse(withoutCredit).success).toBe(false);
    expect(Instrument.safeParse({ ...swls, version: 0 }).success).toBe(false);
    expect(Instrument.safeParse({ ...swls, version: 1.5 }).success).toBe(false);
  });
});
