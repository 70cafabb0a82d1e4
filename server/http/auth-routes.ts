import { Router, type Request } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { changePasswordBodySchema } from '../../shared/program/schemas.js';
import { loginBodySchema, setupBodySchema } from '../../shared/protocol/schemas.js';
import { clearedSessionCookie, readSessionCookie, SESSION_TTL_MS, sessionCookie } from '../auth/cookies.js';
import { limitKey } from '../auth/client-ip.js';
import { authSessionFromRequest } from '../auth/facilitator-session.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { AppConfig } from '../config.js';
import { AppError } from '../errors.js';
import { StoredRateLimiter } from '../limits/stored-rate-limiter.js';
import type { Logger } from '../logger.js';
import type { Facilitator, Storage } from '../storage/index.js';
import { userView } from './program-access.js';
import { parseBody } from './respond.js';

/** Login attempts per IP and email per window: enough for typos, far too few to guess a password. */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
/** Per IP across all emails (a center shares one address): bounds guessing and argon2 CPU spent. */
export const LOGIN_ATTEMPTS_PER_IP_WINDOW = 100;
const LOGIN_WINDOW_S = 15 * 60;

/** What logging out and a new password do to open sockets. */
export interface LoginRealtime {
  loginEnded(tokenHash: string): void;
  otherLoginsEnded(userId: string, keptTokenHash: string): void;
}

export function authRoutes(
  storage: Storage,
  config: AppConfig,
  realtime: LoginRealtime,
  logger: Logger,
): Router {
  const router = Router();
  // Counted in the database like the phone's identity limits: a restart does not reset them, and
  // several server processes share one count instead of each granting its own.
  const stored = (keyPrefix: string, points: number) =>
    new StoredRateLimiter({
      store: storage.rateLimits,
      keyPrefix,
      points,
      duration: LOGIN_WINDOW_S,
      onSweepError: (error) => logger.error({ err: error }, 'rate limit sweep failed'),
    });
  const loginLimiter: RateLimiterAbstract = stored('login-email', LOGIN_ATTEMPTS_PER_WINDOW);
  const ipLimiter: RateLimiterAbstract = stored('login-ip', LOGIN_ATTEMPTS_PER_IP_WINDOW);
  // Who the limits count against: express's `req.ip` (after `trust proxy`), an IPv6 /64 as one.
  const ipKey = (req: Request) => limitKey(req.ip ?? 'unknown');
  const limit = async (limiter: RateLimiterAbstract, key: string) => {
    try {
      await limiter.consume(key);
    } catch {
      throw new AppError('rate_limited', 429);
    }
  };

  async function startAuthSession(facilitator: Facilitator): Promise<string> {
    const token = newToken();
    await storage.facilitators.createAuthSession(
      facilitator.id,
      hashToken(token),
      Date.now() + SESSION_TTL_MS,
    );
    return sessionCookie(token, config.secureCookies);
  }

  router.get('/state', async (req, res) => {
    const [count, auth] = await Promise.all([
      storage.facilitators.count(),
      authSessionFromRequest(storage, req),
    ]);
    res.json({ setupNeeded: count === 0, user: auth ? await userView(storage, auth.facilitator) : null });
  });

  // First run only: the first center and its admin, created from the browser.
  router.post('/setup', async (req, res) => {
    await limit(ipLimiter, ipKey(req));
    const body = parseBody(setupBodySchema, req);
    if ((await storage.facilitators.count()) > 0) throw new AppError('setup_done', 409);
    const facilitator = await storage.facilitators.createFirst({
      centerName: body.centerName,
      email: body.email,
      name: body.name,
      passwordHash: await hashPassword(body.password),
    });
    if (!facilitator) throw new AppError('setup_done', 409);
    res.setHeader('Set-Cookie', await startAuthSession(facilitator));
    res.status(201).json({ user: await userView(storage, facilitator) });
  });

  router.post('/login', async (req, res) => {
    const body = parseBody(loginBodySchema, req);
    const key = `${ipKey(req)}|${body.email.toLowerCase()}`;
    await limit(ipLimiter, ipKey(req));
    await limit(loginLimiter, key);
    const found = await storage.facilitators.findByEmail(body.email);
    const valid = await verifyPassword(found?.passwordHash ?? (await DUMMY_HASH), body.password);
    if (!found || !valid) throw new AppError('invalid_credentials', 401);
    await loginLimiter.delete(key);
    // Said only to whoever knows the password, so it tells a guesser nothing.
    if (!found.active) throw new AppError('account_inactive', 403);
    const { passwordHash: _hash, ...facilitator } = found;
    res.setHeader('Set-Cookie', await startAuthSession(facilitator));
    res.json({ user: await userView(storage, facilitator) });
  });

  // A new password of one's own: proves the current one, keeps this login, ends every other.
  router.post('/password', async (req, res) => {
    const auth = await authSessionFromRequest(storage, req);
    if (!auth) throw new AppError('not_authenticated', 401);
    const body = parseBody(changePasswordBodySchema, req);
    const key = `${ipKey(req)}|${auth.facilitator.email}`;
    await limit(loginLimiter, key);
    const found = await storage.facilitators.findWithHash(auth.facilitator.id);
    if (!found || !(await verifyPassword(found.passwordHash, body.currentPassword)))
      throw new AppError('wrong_password', 400);
    await loginLimiter.delete(key);
    await storage.facilitators.setPassword(
      found.id,
      await hashPassword(body.newPassword),
      false,
      auth.tokenHash,
    );
    realtime.otherLoginsEnded(found.id, auth.tokenHash);
    res.json({ user: await userView(storage, { ...auth.facilitator, mustChangePassword: false }) });
  });

  router.post('/logout', async (req, res) => {
    const token = readSessionCookie(req);
    if (token) {
      const tokenHash = hashToken(token);
      await storage.facilitators.deleteAuthSession(tokenHash);
      // Its sockets too, at once: one that only watches would otherwise keep receiving answers.
      realtime.loginEnded(tokenHash);
    }
    res.setHeader('Set-Cookie', clearedSessionCookie(config.secureCookies));
    res.json({ ok: true });
  });

  return router;
}
