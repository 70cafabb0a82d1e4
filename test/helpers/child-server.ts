import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildServer {
  child: ChildProcess;
  url: string;
  port: number;
  exited: Promise<number | null>;
}

/** Starts `server/main.ts` in its own process (so it can be SIGKILLed) and resolves once it listens. */
export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { port?: number };
        if (entry.port) resolve({ child, url: `http://127.0.0.1:${entry.port}`, port: entry.port, exited });
      } catch {
        // not a log line
      }
    });
    void exited.then((code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
  });
}
