import { beforeEach, describe, expect, it } from 'vitest';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { wavesSlice, type WavesSlice } from '../../../client/src/facilitator/state/waves-slice.js';
import type { WaveProgressView } from '../../../shared/protocol/wave-views.js';

const wave = (waveId: string, over: Partial<WaveProgressView> = {}): WaveProgressView => ({
  waveId,
  programId: 'prog',
  instrumentId: 'life-satisfaction',
  instrumentVersion: 1,
  name: { ko: '삶의 만족도', en: 'Life satisfaction' },
  kind: 'pre',
  dayNumber: 1,
  status: 'planned',
  activityId: null,
  dueAt: null,
  anonymous: false,
  submitted: 0,
  started: 0,
  total: 2,
  members: { m1: 'none', m2: 'none' },
  ...over,
});
let useStore: UseBoundStore<StoreApi<WavesSlice>>;
const store = () => useStore.getState();
const ids = () => store().waves.map((w) => `${w.waveId}:${w.status}:${w.submitted}`);

describe('the console’s waves slice', () => {
  beforeEach(() => {
    useStore = create<WavesSlice>()((set) => wavesSlice(set));
  });

  it('starts empty and takes the snapshot’s waves with their program', () => {
    expect(store().waves).toEqual([]);
    store().setWaves('prog', [wave('a'), wave('b', { kind: 'post', dayNumber: 3 })]);
    expect(store().wavesProgramId).toBe('prog');
    expect(ids()).toEqual(['a:planned:0', 'b:planned:0']);
  });

  it('is emptied by a quick session’s snapshot (no program)', () => {
    store().setWaves('prog', [wave('a')]);
    store().setWaves(null, [wave('a')]);
    expect(store().waves).toEqual([]);
  });

  it('is replaced whole by the watched program’s progress, and ignores another program’s', () => {
    store().setWaves('prog', [wave('a'), wave('b')]);
    store().applyWavesProgress({
      programId: 'prog',
      waves: [wave('a', { status: 'open', submitted: 1, members: { m1: 'done', m2: 'started' } })],
    });
    expect(ids()).toEqual(['a:open:1']);
    expect(store().waves[0]!.members).toEqual({ m1: 'done', m2: 'started' });
    store().applyWavesProgress({ programId: 'other', waves: [] });
    expect(ids()).toEqual(['a:open:1']);
  });

  it('takes no progress before a program is watched', () => {
    store().applyWavesProgress({ programId: 'prog', waves: [wave('a')] });
    expect(store().waves).toEqual([]);
  });

  it('puts an ack’s wave in place of its old one, or adds it; another program’s is ignored', () => {
    store().setWaves('prog', [wave('a'), wave('b')]);
    store().upsertWave(wave('b', { status: 'open', dueAt: 1000 }));
    expect(ids()).toEqual(['a:planned:0', 'b:open:0']);
    expect(store().waves[1]!.dueAt).toBe(1000);
    store().upsertWave(wave('c'));
    expect(ids()).toEqual(['a:planned:0', 'b:open:0', 'c:planned:0']);
    store().upsertWave(wave('d', { programId: 'other' }));
    expect(ids()).toHaveLength(3);
  });
});
