/**
 * The server children (bench/server.ts, one per scenario and server kind): spawning, the IPC request /
 * reply channel, and killing them, one at a time or all at once when the bench ends or gives up.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ChildMessage, ChildReply, ChildRequest, ReadyMessage, ServerMode } from './ipc.js';
import { ROOT } from './paths.js';

const children = new Set<ChildProcess>();

/** SIGKILL every server child still running (end of the run, or the watchdog). */
export function killAllChildren(): void {
  for (const c of children) c.kill('SIGKILL');
}

export class ServerChild {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: ChildReply) => void>();
  private constructor(
    readonly proc: ChildProcess,
    readonly ready: ReadyMessage,
  ) {
    proc.on('message', (m: ChildMessage) => {
      if (m.type === 'ready') return;
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    });
  }

  /** `reuseDir`: an app child on the SQLite file an earlier one left there (a seeded center). */
  static start(mode: ServerMode, reuseDir?: string): Promise<ServerChild> {
    const proc = fork(join(ROOT, 'bench', 'server.ts'), reuseDir ? [mode, reuseDir] : [mode], {
      cwd: ROOT,
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(proc);
    proc.once('exit', () => children.delete(proc));
    return new Promise((resolve, reject) => {
      proc.once('exit', (code, signal) =>
        reject(new Error(`${mode} server exited early (${code ?? signal})`)),
      );
      proc.on('message', (m: ChildMessage) => {
        if (m.type === 'ready') resolve(new ServerChild(proc, m));
      });
    });
  }

  request<T extends ChildReply['type']>(
    message: Omit<Extract<ChildRequest, { type: T }>, 'id'>,
  ): Promise<Extract<ChildReply, { type: T }>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (reply: ChildReply) => void);
      this.proc.send({ ...message, id });
    });
  }

  async memory(): Promise<{ rss: number; heapUsed: number }> {
    return this.request<'memory'>({ type: 'memory', gc: true });
  }

  async cpuMicros(): Promise<number> {
    const c = await this.request<'cpu'>({ type: 'cpu' });
    return c.userMicros + c.systemMicros;
  }

  /** SIGKILL: nothing gets to flush or close, so what is on disk afterwards is what was durable. */
  kill(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.proc.once('exit', () => resolve());
      this.proc.kill('SIGKILL');
    });
  }
}
