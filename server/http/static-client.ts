import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../logger.js';

/**
 * Serves the built client (`vite build` → dist/client): the hashed files under /assets forever, the
 * HTML pages never from cache. The build writes a brotli (`.br`) and a gzip (`.gz`) copy next to each
 * text file (vite.config.ts); each request gets the best copy its `Accept-Encoding` allows, so a
 * phone pays for the compressed bytes and the server compresses nothing while the room joins.
 */

/** Encodings we have copies for, best first: on an equal q-value brotli wins. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number];

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The q-value the client gives each of our encodings (RFC 9110 §12.5.3): named ones by their own
 * q, others by `*`, otherwise 0. Identity needs no copy and is the fallback, so it is not weighed.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [token = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!token) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(token, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  return ENCODINGS.filter((e) => weightOf(e.name) > 0).sort((a, b) => weightOf(b.name) - weightOf(a.name));
}

interface FileChoice {
  path: string;
  encoding: Encoding | null;
  /** Whether other encodings of this file exist, so caches must key on Accept-Encoding. */
  varies: boolean;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** The file to send for `path` and this request, or null when there is no such file. */
async function chooseFile(path: string, req: Request): Promise<FileChoice | null> {
  const [exists, ...copies] = await Promise.all([path, ...ENCODINGS.map((e) => path + e.suffix)].map(isFile));
  if (!exists) return null;
  const available = ENCODINGS.filter((_, i) => copies[i]);
  const encoding =
    acceptedEncodings(req.headers['accept-encoding']).find((e) => available.includes(e)) ?? null;
  return { path: encoding ? path + encoding.suffix : path, encoding, varies: available.length > 0 };
}

/**
 * Sends the chosen copy with the original's Content-Type; `send` sets Content-Length from the copy.
 * Hashed assets never change, so they are cached for a year; a page is asked for again each time.
 */
function sendChoice(
  res: Response,
  original: string,
  choice: FileChoice,
  cache: 'immutable' | 'no-cache',
  done: (error?: Error) => void,
): void {
  if (choice.varies) res.vary('Accept-Encoding');
  if (choice.encoding) res.setHeader('Content-Encoding', choice.encoding.name);
  const extension = extname(original);
  if (extension) res.type(extension);
  if (cache === 'no-cache') res.setHeader('Cache-Control', 'no-cache');
  // A hashed file never changes, so a date and ranges would only add bytes to every answer (express
  // sets the ETag from its app setting, whatever is asked here).
  const options =
    cache === 'immutable'
      ? { maxAge: ONE_YEAR_MS, immutable: true, lastModified: false, acceptRanges: false }
      : { cacheControl: false };
  res.sendFile(choice.path, options, (error) => {
    // Whatever answers the error instead must not claim to be the compressed file.
    if (error && !res.headersSent)
      for (const name of ['Content-Encoding', 'Content-Type', 'Cache-Control']) res.removeHeader(name);
    done(error);
  });
}

/** The routes that serve the client: `/assets/*` and each page route → its HTML file. */
export function clientRoutes(clientDir: string, pages: [string, string][], logger: Logger): Router {
  const router = Router();
  const assets = resolve(clientDir, 'assets');
  if (!existsSync(assets)) logger.warn({ clientDir }, 'client not built: run `npm run build`');

  router.get('/assets/{*file}', async (req: Request, res: Response, next: NextFunction) => {
    let path: string;
    try {
      path = resolve(assets, `.${decodeURIComponent(req.path.slice('/assets'.length))}`);
    } catch {
      next();
      return;
    }
    // Only files inside the assets folder, never their compressed copies by name.
    if (!path.startsWith(assets + sep) || ENCODINGS.some((e) => path.endsWith(e.suffix))) {
      next();
      return;
    }
    const choice = await chooseFile(path, req);
    if (!choice) {
      next();
      return;
    }
    sendChoice(res, path, choice, 'immutable', (error) => {
      // Gone between the check and the send (a new build): as missing as it was never there.
      if (error && !res.headersSent)
        next((error as Error & { status?: number }).status === 404 ? undefined : error);
    });
  });

  for (const [route, file] of pages) {
    const path = join(clientDir, file);
    router.get(route, async (req: Request, res: Response) => {
      const choice = await chooseFile(path, req);
      const notBuilt = () =>
        res.status(503).type('text').send('Moim client is not built. Run `npm run build`.');
      if (!choice) {
        notBuilt();
        return;
      }
      sendChoice(res, path, choice, 'no-cache', (error) => {
        if (error && !res.headersSent) notBuilt();
      });
    });
  }
  return router;
}
