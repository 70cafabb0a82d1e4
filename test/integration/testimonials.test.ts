import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/program/dates.js';
import { TESTIMONIAL_NOTICE_VERSION } from '../../shared/program/testimonial-notice.js';
import type { ProgramTestimonialsView } from '../../shared/testimonials/views.js';
import { quotableTestimonials } from '../../server/testimonials/quotable.js';
import { hashToken } from '../../server/auth/tokens.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  errorBody,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

/**
 * Testimonials (참여자 소감, docs/design/assessments-reports.md §3.4): saved from the phone with the
 * quote consent in one transaction, quotable exactly while that consent is current, deleted with it;
 * staff type in paper ones with the consent recorded as given on paper.
 */
describe.each(APP_BACKENDS)('testimonials on $name', (backend) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  /** A member straight in storage, with the real name given (or none) and a known token. */
  async function register(programId: string, nickname: string, realName: string | null) {
    const token = `token-${crypto.randomUUID()}`;
    const member = await t.storage.members.register({
      programId,
      nickname,
      realName,
      intake: null,
      pinHash: 'unused',
      tokenHash: hashToken(token),
    });
    if (!member) throw new Error(`member ${nickname} not registered`);
    return { ...member, token };
  }

  /** A program whose last day is today (yesterday first), two members, one without a real name. */
  async function setup(dates = [addDays(today(), -1), today()]) {
    const fac = await loginFacilitator(t);
    const program = await createProgram(t, fac.cookie, scratchBody([fac.user.id], dates, '소감 프로그램'));
    const named = await register(program.id, '민지', '임현종');
    const unnamed = await register(program.id, '익명이', null);
    const phone = async (token: string) => {
      const socket = track(await connect(t.url));
      const snapshot = await ok(socket, 'participant:join', { code: program.code, rejoinToken: token });
      return { socket, snapshot };
    };
    return { fac, program, named, unnamed, phone };
  }

  const list = (cookie: string, programId: string) =>
    expectStatus<ProgramTestimonialsView>(
      200,
      call(t, cookie, 'GET', `/api/programs/${programId}/testimonials`),
    );

  it('saves with the quote consent, withdraws it at once keeping the text, deletes both', async () => {
    const { fac, program, named, phone } = await setup();
    const { socket, snapshot } = await phone(named.token);
    expect(snapshot.member?.testimonial).toMatchObject({ open: true, saved: null, maskedName: '임○종' });
    const save = (quote: boolean, text = '  많이 배웠습니다.  ', requestId = crypto.randomUUID()) =>
      ok(socket, 'testimonial:save', {
        programId: program.id,
        requestId,
        text,
        quote,
        attribution: 'masked-name',
      });

    const heard = waitFor(socket, 'testimonial:updated');
    const saved = await save(true);
    expect(saved).toMatchObject({ text: '많이 배웠습니다.', quote: true, attribution: 'masked-name' });
    expect((await heard).saved).toEqual(saved);
    const consent = await t.storage.consents.current(named.id, 'testimonial-quote');
    expect(consent).toMatchObject({
      noticeVersion: TESTIMONIAL_NOTICE_VERSION,
      channel: 'phone',
      recordedBy: null,
    });
    expect((await list(fac.cookie, program.id)).testimonials).toEqual([
      expect.objectContaining({
        nickname: '민지',
        text: '많이 배웠습니다.',
        quotable: true,
        byline: { ko: '임○종', en: '임○종' },
        onPaper: false,
      }),
    ]);
    expect(await quotableTestimonials(t.storage, [program.id])).toEqual([
      expect.objectContaining({ text: '많이 배웠습니다.', programTitle: '소감 프로그램', lastDay: today() }),
    ]);

    // Saving with the box unticked withdraws the consent in the same step: not quotable at once, text kept.
    const withdrawn = await save(false, '많이 배웠습니다. 고맙습니다.');
    expect(withdrawn).toMatchObject({ quote: false, text: '많이 배웠습니다. 고맙습니다.' });
    expect(await t.storage.consents.current(named.id, 'testimonial-quote')).toBeNull();
    expect((await list(fac.cookie, program.id)).testimonials).toEqual([
      expect.objectContaining({ text: '많이 배웠습니다. 고맙습니다.', quotable: false }),
    ]);
    expect(await quotableTestimonials(t.storage, [program.id])).toEqual([]);

    // consent:withdraw of the purpose works the same way (given again first).
    await save(true, '다시 동의합니다.');
    expect(await quotableTestimonials(t.storage, [program.id])).toHaveLength(1);
    await ok(socket, 'consent:withdraw', { purpose: 'testimonial-quote' });
    expect(await quotableTestimonials(t.storage, [program.id])).toEqual([]);
    expect((await t.storage.testimonials.get(program.id, named.id))?.text).toBe('다시 동의합니다.');

    await save(true, '마지막 소감');
    expect(await ok(socket, 'testimonial:delete', { programId: program.id })).toEqual({ deleted: true });
    expect((await list(fac.cookie, program.id)).testimonials).toEqual([]);
    expect(await t.storage.consents.current(named.id, 'testimonial-quote')).toBeNull();
    expect(await ok(socket, 'testimonial:delete', { programId: program.id })).toEqual({ deleted: false });
    const again = await phone(named.token);
    expect(again.snapshot.member?.testimonial.saved).toBeNull();
  });

  it('refuses a masked name without a real name, a card not open yet, another program; a resend is idempotent', async () => {
    const { program, unnamed, phone } = await setup();
    const { socket, snapshot } = await phone(unnamed.token);
    expect(snapshot.member?.testimonial).toMatchObject({ open: true, maskedName: null });
    const body = { programId: program.id, requestId: crypto.randomUUID(), text: '좋았어요', quote: true };
    const masked = await request(socket, 'testimonial:save', { ...body, attribution: 'masked-name' });
    expect(masked.ok ? null : masked.error.code).toBe('invalid_payload');
    expect(await t.storage.testimonials.get(program.id, unnamed.id)).toBeNull();
    const other = await request(socket, 'testimonial:save', {
      ...body,
      programId: crypto.randomUUID(),
      attribution: 'none',
    });
    expect(other.ok ? null : other.error.code).toBe('program_not_found');
    for (const text of ['   ', 'x'.repeat(1001)]) {
      const bad = await request(socket, 'testimonial:save', { ...body, text, attribution: 'none' });
      expect(bad.ok ? null : bad.error.code).toBe('invalid_payload');
    }

    const first = await ok(socket, 'testimonial:save', { ...body, attribution: 'none' });
    // A later change, then the first request again (say a phone resent it): the resend of the
    // last request id answers as stored; a different id is a new save.
    const resent = await ok(socket, 'testimonial:save', { ...body, text: '바뀐 글', attribution: 'none' });
    expect(resent).toEqual(first);
    expect((await t.storage.consents.listForMember(unnamed.id)).length).toBe(1);

    // Before the last day the card is closed and a save is refused.
    const early = await setup([today(), addDays(today(), 2)]);
    const member = await addMember(t.storage, early.program.id, '이른이');
    const p = await early.phone(member.token);
    expect(p.snapshot.member?.testimonial.open).toBe(false);
    const refused = await request(p.socket, 'testimonial:save', {
      ...body,
      programId: early.program.id,
      attribution: 'none',
    });
    expect(refused.ok ? null : refused.error.code).toBe('testimonial_not_open');
  });

  it('staff enter a paper testimonial with the consent given on paper; a resend stores once', async () => {
    const { fac, program, named, unnamed } = await setup();
    const path = (memberId: string) => `/api/programs/${program.id}/members/${memberId}/testimonial`;
    const body = {
      requestId: crypto.randomUUID(),
      text: '종이에 쓴 소감',
      quoteOnPaper: true,
      attribution: 'none',
    };
    const first = await expectStatus<ProgramTestimonialsView>(
      201,
      call(t, fac.cookie, 'POST', path(named.id), body),
    );
    const again = await expectStatus<ProgramTestimonialsView>(
      201,
      call(t, fac.cookie, 'POST', path(named.id), body),
    );
    expect(again).toEqual(first);
    expect(first.testimonials).toEqual([
      expect.objectContaining({
        memberId: named.id,
        quotable: true,
        onPaper: true,
        byline: { ko: '참여자', en: 'A participant' },
      }),
    ]);
    const consents = await t.storage.consents.listForMember(named.id);
    expect(consents).toEqual([
      expect.objectContaining({ purpose: 'testimonial-quote', channel: 'paper', recordedBy: fac.user.id }),
    ]);
    expect(
      await call(t, fac.cookie, 'POST', path(unnamed.id), {
        ...body,
        requestId: crypto.randomUUID(),
        attribution: 'masked-name',
      }),
    ).toEqual({ status: 400, body: errorBody('invalid_payload') });
    expect(await call(t, fac.cookie, 'POST', path(crypto.randomUUID()), body)).toEqual({
      status: 404,
      body: errorBody('member_not_found'),
    });
    // A paper form without the ticked box withdraws the consent, the text stays.
    await expectStatus(
      201,
      call(t, fac.cookie, 'POST', path(named.id), {
        ...body,
        requestId: crypto.randomUUID(),
        quoteOnPaper: false,
      }),
    );
    expect((await list(fac.cookie, program.id)).testimonials).toEqual([
      expect.objectContaining({ quotable: false, text: '종이에 쓴 소감' }),
    ]);
  });

  it('a merge keeps the later text and withdraws the other author’s quote consent', async () => {
    const { fac, program, named } = await setup();
    const dup = await addMember(t.storage, program.id, '민지2');
    const save = (memberId: string, text: string, at: number) =>
      t.storage.testimonials.save(
        {
          programId: program.id,
          memberId,
          requestId: crypto.randomUUID(),
          text,
          quote: true,
          attribution: 'none',
          noticeVersion: TESTIMONIAL_NOTICE_VERSION,
          by: null,
        },
        at,
      );
    await save(named.id, '먼저 쓴 글', 1_000);
    await save(dup.id, '나중에 쓴 글', 2_000);
    await expectStatus(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/members/${dup.id}/merge`, {
        intoMemberId: named.id,
      }),
    );
    const after = await t.storage.testimonials.listForProgram(program.id);
    expect(after.map((x) => [x.memberId, x.text, x.quotable])).toEqual([[named.id, '나중에 쓴 글', true]]);
    const current = (await t.storage.consents.listForMember(named.id)).filter((c) => c.withdrawnAt === null);
    expect(current.filter((c) => c.purpose === 'testimonial-quote')).toHaveLength(1);
  });
});
