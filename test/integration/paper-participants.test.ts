import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RosterView } from '../../shared/program/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, request, type TestSocket } from '../helpers/sockets.js';
import { APP_BACKENDS, call, createProgram, expectStatus, scratchBody, today } from './program-fixtures.js';

/**
 * A participant on paper (docs/design/assessments-reports.md §5): added by the facilitator with the
 * consent given on paper, no PIN (recovery answers like an unknown nickname) until a new PIN makes them a
 * phone member.
 */
describe.each(APP_BACKENDS)('paper participants on $name', (backend) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  it('are added once per form, listed as paper, unknown to recovery, and become phone members with a new PIN', async () => {
    const fac = await loginFacilitator(t);
    const program = await createProgram(
      t,
      fac.cookie,
      scratchBody([fac.user.id], [today()], '종이 참여 프로그램'),
    );
    const form = {
      requestId: crypto.randomUUID(),
      nickname: '종이님',
      realName: '박종이',
      consentOnPaper: true,
    };
    const add = (body: unknown) => call(t, fac.cookie, 'POST', `/api/programs/${program.id}/members`, body);
    const first = await expectStatus<{ memberId: string; roster: RosterView }>(201, add(form));
    const again = await expectStatus<{ memberId: string; roster: RosterView }>(201, add(form));
    expect(again.memberId).toBe(first.memberId);
    expect(first.roster.members).toHaveLength(1);
    expect(first.roster.members[0]).toMatchObject({
      id: first.memberId,
      nickname: '종이님',
      realName: '박종이',
      channel: 'paper',
    });
    // Another form with the same nickname, and one without the paper consent, are refused.
    const taken = await add({ ...form, requestId: crypto.randomUUID() });
    expect(taken.status).toBe(409);
    expect((await add({ ...form, requestId: crypto.randomUUID(), consentOnPaper: false })).status).toBe(400);

    // Recovery: the paper member answers exactly like a nickname nobody has.
    const phone = await connect(t.url);
    sockets.push(phone);
    const recover = (nickname: string, pin: string) =>
      request(phone, 'program:recover', { code: program.code, nickname, pin });
    const paper = await recover('종이님', '000000');
    const unknown = await recover('없는사람', '000000');
    expect(paper).toEqual(unknown);
    expect(paper.ok ? null : paper.error.code).toBe('recover_failed');

    // "새 PIN" makes them a phone member who can recover with it.
    const { pin } = await expectStatus<{ pin: string }>(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/members/${first.memberId}/pin`, {}),
    );
    const recovered = await recover('종이님', pin);
    expect(recovered.ok).toBe(true);
    const roster = await expectStatus<RosterView>(
      200,
      call(t, fac.cookie, 'GET', `/api/programs/${program.id}/roster`),
    );
    expect(roster.members[0]!.channel).toBe('phone');
  });
});
