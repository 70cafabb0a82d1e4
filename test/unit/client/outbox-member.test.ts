import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MoimSocket } from '../../../client/src/common/socket.js';
import type { Outbox as OutboxClass } from '../../../client/src/participant/outbox.js';
import type * as StoreModule from '../../../client/src/participant/state/store.js';

interface Sent {
  event: string;
  payload: Record<string, unknown>;
  reply: (ack: unknown) => void;
}

/** A connected socket whose acks the test gives by hand, in any order. */
function fakeSocket(sent: Sent[]): MoimSocket {
  const emitter = {
    emit: (event: string, payload: Record<string, unknown>, cb: (err: Error | null, ack: unknown) => void) =>
      sent.push({ event, payload, reply: (ack) => cb(null, ack) }),
  };
  return { connected: true, timeout: () => emitter } as unknown as MoimSocket;
}

let Outbox: typeof OutboxClass;
let store: typeof StoreModule;
const flushPromises = () => new Promise((resolve) => setImmediate(resolve));

describe('counseling answers through the outbox', () => {
  beforeAll(async () => {
    // The outbox runs in a page: the answer id and the retry timer read `window`.
    (globalThis as { window?: unknown }).window = { isSecureContext: false, setTimeout, clearTimeout };
    ({ Outbox } = await import('../../../client/src/participant/outbox.js'));
    store = await import('../../../client/src/participant/state/store.js');
  });
  let sent: Sent[];
  let outbox: OutboxClass;
  let codes = 100000;
  beforeEach(() => {
    store.resetParticipantStore();
    // Each test its own program code: the queue is kept per code (in memory here, no localStorage).
    store.useParticipantStore.setState({ code: String(codes++) });
    sent = [];
    outbox = new Outbox(
      fakeSocket(sent),
      () => true,
      () => undefined,
    );
  });

  it('sends memberAnswer:submit, keeps it queued until the ack, then resolves', async () => {
    let done = false;
    const given = outbox.addMember('act', { itemKey: 'goal', value: { job: '사무직', by: '3월' } });
    void given.then(() => (done = true));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.event).toBe('memberAnswer:submit');
    expect(sent[0]!.payload).toMatchObject({ activityId: 'act', itemKey: 'goal' });
    expect(sent[0]!.payload).not.toHaveProperty('queuedAt');
    expect(store.useParticipantStore.getState().memberQueue).toHaveLength(1);
    await flushPromises();
    expect(done).toBe(false);
    sent[0]!.reply({ ok: true, data: { answerId: sent[0]!.payload.answerId, duplicate: false } });
    await given;
    expect(store.useParticipantStore.getState().memberQueue).toEqual([]);
  });

  it('resends a lost answer with the same id', async () => {
    void outbox.addMember('act', { itemKey: 'goal', value: 1 });
    const id = sent[0]!.payload.answerId;
    sent[0]!.reply({ ok: false, error: { code: 'network', message: null } });
    await flushPromises();
    outbox.flush();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.payload.answerId).toBe(id);
  });

  it('a newer answer to the same item replaces the unsent one; its ack settles both', async () => {
    const first = outbox.addMember('act', { itemKey: 'step:1', value: 'a' });
    const second = outbox.addMember('act', { itemKey: 'step:1', value: 'b' });
    expect(store.useParticipantStore.getState().memberQueue.map((q) => q.value)).toEqual(['b']);
    sent[0]!.reply({ ok: true, data: { answerId: sent[0]!.payload.answerId, duplicate: false } });
    sent[1]!.reply({ ok: true, data: { answerId: sent[1]!.payload.answerId, duplicate: false } });
    await Promise.all([first, second]);
    expect(store.useParticipantStore.getState().memberQueue).toEqual([]);
  });

  it('a final refusal rejects with the server’s message and leaves the queue', async () => {
    const given = outbox.addMember('act', { itemKey: 'goal', value: 1 });
    sent[0]!.reply({
      ok: false,
      error: { code: 'invalid_answer', message: { ko: '답을 확인해 주세요', en: 'Check the answer' } },
    });
    await expect(given).rejects.toThrow('답을 확인해 주세요');
    expect(store.useParticipantStore.getState().memberQueue).toEqual([]);
  });

  it('does not touch the day’s answer queue', () => {
    void outbox.addMember('act', { itemKey: 'goal', value: 1 });
    expect(store.useParticipantStore.getState().queue).toEqual([]);
    expect(outbox.drop()).toBe(0);
    expect(store.useParticipantStore.getState().memberQueue).toHaveLength(1);
  });
});
