import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { PIN_ATTEMPTS_PER_WINDOW, PIN_WINDOW_S } from '../../shared/program/limits.js';
import type { Storage } from '../storage/index.js';
import { StoredRateLimiter } from './stored-rate-limiter.js';

/**
 * Wrong join codes allowed per IP address per window before that address must wait. A venue's
 * phones share one address, and in a seminar of hundreds some mistype: the limit is set for that
 * room, not for one person. One address can still try at most 6,000 of the million codes an hour;
 * phones that already belong pass with their rejoin token.
 */
export const CODE_GUESSES_PER_WINDOW = 100;
export const CODE_GUESS_WINDOW_S = 60;
/**
 * New program members per IP address per window: a group is 10–20 people behind one venue address,
 * so this never stops a room, while a script cannot fill a roster or take every nickname.
 */
export const REGISTRATIONS_PER_IP_WINDOW = 120;
export const REGISTRATION_WINDOW_S = 10 * 60;
/**
 * Failed identity tries — a PIN recovery (every try: each costs an argon2 verification) or a
 * registration refused as nickname_taken (an answer that confirms a nickname) — per IP address in
 * PIN_WINDOW_S. Coming back on a new phone is rare: in a room of 20, even a third of the people on
 * new phones with a typo each is about 14 tries; a seminar of a few hundred behind one venue
 * address registering at once meets a few percent of taken nicknames (~10–15) plus a handful of
 * recoveries. 30 leaves room for both, while one address gets at most 2,880 tries a day: against a
 * 6-digit PIN that is a 0.3% chance a day of any guess landing, and at most 30 argon2 verifications
 * per quarter hour (the 48-socket flood of issue 9 made 8,292 in a minute).
 */
export const IDENTITY_TRIES_PER_IP_WINDOW = 30;
/**
 * The same tries per program, from all addresses together: bounds the hashing a program's code
 * (shown on the projector) can cause, whoever holds it. Twice one address's budget, so a single
 * address cannot use up the program's recoveries for everyone else.
 */
export const IDENTITY_TRIES_PER_PROGRAM_WINDOW = 60;

/** The limiters of the phone-side identity and join codes; all count in the database. */
export interface RealtimeLimiters {
  /** Counts wrong join codes per IP address, so codes cannot be guessed by trying them all. */
  codeGuessLimiter: RateLimiterAbstract;
  /** Counts PIN recoveries per program and nickname, so one person's PIN cannot be tried through. */
  pinLimiter: RateLimiterAbstract;
  /** Counts failed identity tries (recoveries, taken nicknames) per IP address. */
  identityIpLimiter: RateLimiterAbstract;
  /** Counts failed identity tries (recoveries, taken nicknames) per program. */
  identityProgramLimiter: RateLimiterAbstract;
  /** Counts new program members per IP address. */
  registerLimiter: RateLimiterAbstract;
}

/**
 * Built over the app's database: counts survive a restart and hold across every server process
 * on that database. Another app on the same database builds the same limiters and sees the same counts.
 */
export function createRealtimeLimiters(
  storage: Storage,
  onSweepError: (error: unknown) => void,
): RealtimeLimiters {
  const limiter = (keyPrefix: string, points: number, duration: number) =>
    new StoredRateLimiter({ store: storage.rateLimits, keyPrefix, points, duration, onSweepError });
  return {
    codeGuessLimiter: limiter('code-guess-ip', CODE_GUESSES_PER_WINDOW, CODE_GUESS_WINDOW_S),
    pinLimiter: limiter('pin-nickname', PIN_ATTEMPTS_PER_WINDOW, PIN_WINDOW_S),
    identityIpLimiter: limiter('identity-ip', IDENTITY_TRIES_PER_IP_WINDOW, PIN_WINDOW_S),
    identityProgramLimiter: limiter('identity-program', IDENTITY_TRIES_PER_PROGRAM_WINDOW, PIN_WINDOW_S),
    registerLimiter: limiter('register-ip', REGISTRATIONS_PER_IP_WINDOW, REGISTRATION_WINDOW_S),
  };
}
