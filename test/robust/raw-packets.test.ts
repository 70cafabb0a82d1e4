import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type TestSocket } from '../helpers/sockets.js';
import { DATABASES, startRobustApp, type RobustApp } from './robust-app.js';

/**
 * Packets no socket.io client would send, written straight to the transport. Which ones make
 * socket.io close the connection is socket.io's decision (its parser refuses them before the
 * dispatcher sees anything); this test pins that list, which docs/architecture.md repeats, and
 * checks the server keeps serving everyone else.
 */

/** An engine.io message, after its "4": a socket.io packet type, an optional ack id, the JSON. */
const CASES: { name: string; packet: string | (string | Buffer)[]; closes: boolean }[] = [
  { name: 'an unknown event without ack', packet: '2["nope",{}]', closes: false },
  {
    name: 'an event with an ack id the client never awaits',
    packet: '27["answer:submit",{}]',
    closes: false,
  },
  { name: 'a number as event name', packet: '28[1,{}]', closes: false },
  { name: 'an ack for an id the server never sent', packet: '399[]', closes: false },
  {
    name: 'JSON nested 20,000 deep',
    packet: `21["answer:submit",${'['.repeat(20_000)}${']'.repeat(20_000)}]`,
    closes: false,
  },
  { name: 'a connect to a namespace that does not exist', packet: '0/admin,', closes: false },
  { name: 'reserved name "disconnect"', packet: '2["disconnect"]', closes: true },
  { name: 'reserved name "disconnecting"', packet: '2["disconnecting",{}]', closes: true },
  { name: 'reserved name "connect"', packet: '2["connect"]', closes: true },
  { name: 'reserved name "connect_error"', packet: '2["connect_error"]', closes: true },
  { name: 'reserved name "newListener"', packet: '2["newListener","x"]', closes: true },
  { name: 'reserved name "removeListener"', packet: '2["removeListener","x"]', closes: true },
  { name: 'name "error"', packet: '2["error",{}]', closes: false },
  { name: 'truncated JSON', packet: '2["answer:submit",{', closes: true },
  { name: 'an object where the event array belongs', packet: '2{"a":1}', closes: true },
  { name: 'an empty event array', packet: '2[]', closes: true },
  { name: 'an unknown packet type', packet: '9', closes: true },
  {
    name: 'a binary event whose attachment never comes',
    packet: '51-["x",{"_placeholder":true,"num":0}]',
    closes: true,
  },
  {
    name: 'a binary event pointing past its attachments',
    packet: ['51-["x",{"_placeholder":true,"num":7}]', Buffer.from([1, 2, 3])],
    closes: true,
  },
  { name: 'a message above the 64 KB transport cap', packet: `2["x","${'a'.repeat(70_000)}"]`, closes: true },
];

interface RawEngine {
  write(data: string | Buffer): void;
}

/** Writes the packet, then asks an unknown event: the socket either answers (alive) or drops. */
async function closesConnection(socket: TestSocket, packet: string | (string | Buffer)[]): Promise<boolean> {
  const dropped = new Promise<boolean>((resolve) => socket.once('disconnect', () => resolve(true)));
  const engine = (socket.io as unknown as { engine: RawEngine }).engine;
  for (const part of [packet].flat()) engine.write(part);
  const probe = (
    socket as unknown as { timeout: (ms: number) => { emitWithAck: (e: string) => Promise<unknown> } }
  )
    .timeout(10_000)
    .emitWithAck('fuzz:probe')
    .then(() => false);
  return Promise.race([dropped, probe]);
}

describe('malformed packets below the dispatcher', () => {
  let r: RobustApp;
  beforeAll(async () => {
    r = await startRobustApp(await DATABASES[0]!.create());
  });
  afterAll(async () => {
    await r?.close();
  });

  it('socket.io closes the connection on exactly the expected ones; the server keeps serving', async () => {
    const bystander = await connect(r.url);
    const observed: Record<string, boolean> = {};
    for (const c of CASES) {
      const socket = await connect(r.url);
      observed[c.name] = await closesConnection(socket, c.packet);
      socket.disconnect();
    }
    expect(observed).toEqual(Object.fromEntries(CASES.map((c) => [c.name, c.closes])));
    expect(await closesConnection(bystander, '2["still-here"]')).toBe(false);
    expect(await (await fetch(`${r.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
    expect(r.errors).toEqual([]);
    bystander.disconnect();
  });
});
