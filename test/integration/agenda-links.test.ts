import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveActivitiesByLine } from '../../client/src/facilitator/ui/console/agenda-plan.js';
import { isEngineType } from '../../shared/activities/types.js';
import { activityModule } from '../../shared/activities/registry.js';
import type { AgendaModule } from '../../shared/program/schemas.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import {
  call,
  createProgram,
  expectStatus,
  scratchBody,
  templateBody,
  today,
  APP_BACKENDS,
} from './program-fixtures.js';

/** A module whose two phone lines share one title: only their keys tell them apart. */
const twinModule: AgendaModule = {
  key: 'twins',
  moduleId: null,
  title: '기분 나누기',
  minutes: 30,
  activities: [
    { key: 'mood-before', type: 'scale', title: '지금 기분은?', minutes: 5 },
    { key: 'mood-after', type: 'scale', title: '지금 기분은?', minutes: 5 },
  ],
};

describe.each(APP_BACKENDS)('agenda lines linked by key on $name', ({ start: startApp }) => {
  let t: TestApp;
  let cookie: string;
  let me: { id: string };
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    t = await startApp();
    ({ cookie, user: me } = await loginFacilitator(t));
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  async function startAndWatch(program: ProgramDetail) {
    const day = program.days[0]!;
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, cookie, 'POST', `/api/programs/${program.id}/days/${day.id}/start`, {}),
    );
    const facilitator = await connect(t.url, { cookie });
    sockets.push(facilitator);
    return { day, sessionId, facilitator, snapshot: await ok(facilitator, 'session:watch', { sessionId }) };
  }

  it("gives every activity of a template day its agenda line's key", async () => {
    const program = await createProgram(t, cookie, templateBody([me.id], today()));
    const { day, snapshot } = await startAndWatch(program);
    const phoneLines = day.modules.flatMap((m) => m.activities).filter((a) => isEngineType(a.type));
    expect(phoneLines.length).toBeGreaterThan(0);
    expect(snapshot.activities.map((a) => a.agendaKey)).toEqual(phoneLines.map((a) => a.key));
    const matches = liveActivitiesByLine(day.modules, snapshot.activities);
    expect(phoneLines.map((line) => matches.get(line.key)?.id)).toEqual(snapshot.activities.map((a) => a.id));
  });

  it('follows the key, not the title, through a reorder and a rename; one added by hand has no line', async () => {
    const body = scratchBody([me.id], [today()]);
    const program = await createProgram(t, cookie, {
      ...body,
      days: [{ ...body.days[0]!, modules: [twinModule] }],
    });
    const { day, sessionId, facilitator, snapshot } = await startAndWatch(program);
    const [before, after] = snapshot.activities;
    expect([before!.agendaKey, after!.agendaKey]).toEqual(['mood-before', 'mood-after']);

    // The facilitator moves the second one up, renames the first, and adds one of the same title.
    await ok(facilitator, 'activity:reorder', { sessionId, activityIds: [after!.id, before!.id] });
    const scale = activityModule('scale').defaultConfig();
    await ok(facilitator, 'activity:update', {
      sessionId,
      activityId: before!.id,
      activity: { type: 'scale', title: '시작할 때 기분은?', config: scale },
    });
    const added = await ok(facilitator, 'activity:add', {
      sessionId,
      activity: { type: 'scale', title: '지금 기분은?', config: scale },
    });
    expect(added.agendaKey).toBeNull();

    const live = (await ok(facilitator, 'session:watch', { sessionId })).activities;
    expect(live.map((a) => a.id)).toEqual([after!.id, before!.id, added.id]);
    const matches = liveActivitiesByLine(day.modules, live);
    expect(matches.get('mood-before')?.id).toBe(before!.id);
    expect(matches.get('mood-after')?.id).toBe(after!.id);
    expect(matches.size).toBe(2);
  });
});
