import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { ProgramSummary, UserView } from '../../shared/program/views.js';
import { call } from './program-fixtures.js';

/** Runs `server/demo.ts` (what `npm run demo` runs after the build) until it listens; returns what it printed. */
async function runDemo(
  databaseUrl: string,
): Promise<{ printed: string; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/demo.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let printed = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) {
        printed += `${line}\n`;
        return;
      }
      const entry = JSON.parse(line) as { port?: number };
      if (entry.port) resolve(entry.port);
    });
    void exited.then(() => reject(new Error(`demo exited early: ${stderr}`)));
  });
  return {
    printed,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('npm run demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'moim-demo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills an empty database once, prints working credentials and the join code, then serves', async () => {
    const databaseUrl = join(dir, 'demo.sqlite');
    const first = await runDemo(databaseUrl);
    let code: string;
    try {
      expect(first.printed).toContain('모임 시범 고용센터');
      const credentials = [...first.printed.matchAll(/(\S+@\S+)\s+password (\S+)/g)].map((m) => ({
        email: m[1]!,
        password: m[2]!,
      }));
      expect(credentials).toHaveLength(2);
      code = /code (\d{6})/.exec(first.printed)?.[1] ?? '';
      expect(code).toMatch(/^\d{6}$/);

      const roles: string[] = [];
      for (const { email, password } of credentials) {
        const res = await fetch(`${first.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
        expect(res.status).toBe(200);
        roles.push(((await res.json()) as { user: UserView }).user.role);
        const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
        const { body } = await call<{ programs: ProgramSummary[] }>(first, cookie, 'GET', '/api/programs');
        // Both are on the program, which starts today with the 성취프로그램 agenda.
        expect(body.programs).toHaveLength(1);
        expect(body.programs[0]).toMatchObject({ templateId: 'seongchwi', code, status: 'active' });
        expect(body.programs[0]!.days).toHaveLength(4);
        expect(body.programs[0]!.days[0]!.date).toBe(todayIn(CENTER_TIME_ZONE));
      }
      expect(roles.sort()).toEqual(['admin', 'facilitator']);
    } finally {
      await first.stop();
    }

    const second = await runDemo(databaseUrl);
    try {
      expect(second.printed).toContain('already has users');
      expect(second.printed).not.toContain('password');
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});
