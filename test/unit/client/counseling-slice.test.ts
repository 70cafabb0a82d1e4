import { beforeEach, describe, expect, it } from 'vitest';
import type { CounselingActivityOnPhone } from '../../../client/src/activities/counseling-types.js';
import { resetParticipantStore, useParticipantStore } from '../../../client/src/participant/state/store.js';

const activity = (id: string, pace: 'live' | 'self'): CounselingActivityOnPhone => ({
  id,
  type: 'action-plan',
  title: `활동 ${id}`,
  config: { steps: 3 },
  pace,
  phase: 'plan',
});
const store = () => useParticipantStore.getState();
const ids = () => store().counseling.map((e) => e.activity.id);

describe('the phone’s counseling slice', () => {
  beforeEach(resetParticipantStore);

  it('lists the live activity first, then the tasks in the server’s order', () => {
    store().setCounseling([
      { activity: activity('t1', 'self'), personal: null, comments: [] },
      { activity: activity('l', 'live'), personal: null, comments: [] },
      { activity: activity('t2', 'self'), personal: null, comments: [] },
    ]);
    expect(ids()).toEqual(['l', 't1', 't2']);
  });

  it('keeps personal views and comments of activities still open when the list changes', () => {
    const comment = { id: 'c', activityId: 't1', memberId: 'm', text: '좋아요', createdAt: 1 };
    store().setCounseling([{ activity: activity('t1', 'self'), personal: { goal: 1 }, comments: [comment] }]);
    store().applyCounselingActivities([activity('t1', 'self'), activity('t2', 'self')]);
    expect(store().counseling[0]).toMatchObject({ personal: { goal: 1 }, comments: [comment] });
    expect(store().counseling[1]).toMatchObject({ personal: null, comments: [] });
  });

  it('takes a personal view only for an activity it lists, with its comments', () => {
    store().setCounseling([{ activity: activity('t1', 'self'), personal: null, comments: [] }]);
    store().applyPersonal({ activityId: 'other', view: { x: 1 }, comments: [] });
    expect(store().counseling).toHaveLength(1);
    expect(store().counseling[0]!.personal).toBeNull();
    store().applyPersonal({ activityId: 't1', view: { x: 2 }, comments: [] });
    expect(store().counseling[0]!.personal).toEqual({ x: 2 });
  });

  it('goes back to the task list when the opened task closes', () => {
    store().setCounseling([{ activity: activity('t1', 'self'), personal: null, comments: [] }]);
    store().setOpenTask('t1');
    store().applyCounselingActivities([activity('t1', 'self')]);
    expect(store().openTaskId).toBe('t1');
    store().applyCounselingActivities([]);
    expect(store().openTaskId).toBeNull();
  });
});
