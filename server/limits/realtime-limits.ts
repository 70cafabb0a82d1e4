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
 * Registrations per IP address per window, counted when one is about to be hashed: new members
 * (and the rare twin that lost a race for the same nickname) and every resend. A seminar of a few
 * hundred (the seed's had 180; a room of 300 must fit) registers within minutes behind one venue
 * address, and some press again after a lost answer: 400 fits 300 people with a third to spare.
 * Each count is taken before its hash and never given back, so registrations sent at once are
 * refused only past the limit. One address can still add at most 2,400 members an hour and cause
 * 400 PIN hashes per 10 minutes (about 4–16 s of one hashing thread).
 */
export const REGISTRATIONS_PER_IP_WINDOW = 400;
export const REGISTRATION_WINDOW_S = 10 * 60;
/**
 * Identity tries — a PIN recovery (every try: each costs an argon2 verification) or a registration
 * refused as nickname_taken (an answer that confirms a nickname) — per IP address in PIN_WINDOW_S.
 * A registration that goes through is no try and never waits on this budget. Coming back on a new
 * phone is rare: in a room of 20, even a third of the people on new phones with a typo each is about
 * 14 tries; a seminar of a few hundred behind one venue address meets a few percent of taken
 * nicknames (~10–15) plus a handful of recoveries. 30 leaves room for both, while one address gets
 * at most 2,880 tries a day: against a 6-digit PIN that is a 0.3% chance a day of any guess landing,
 * and at most 30 argon2 verifications per quarter hour (the 48-socket flood of issue 9 made 8,292
 * in a minute).
 */
export const IDENTITY_TRIES_PER_IP_WINDOW = 30;
/**
 * PIN recoveries per program, from all addresses together: bounds the argon2 work a program's code
 * (shown on the projector) can cause, whoever holds it. Charged only for recoveries their address's
 * budget let through, so one address spends at most a fifth of it — and one phone on Wi-Fi and
 * mobile data (two addresses) two fifths. Taken nicknames cost no hashing and never touch it, so a
 * newcomer whose nickname is taken always hears so (within their address's budget), and a
 * registration that goes through never touches any identity budget.
 */
export const IDENTITY_TRIES_PER_PROGRAM_WINDOW = 150;
/**
 * How long after registering a resent registration (its first answer was lost) may still return
 * the member. A phone resends within seconds or minutes of reconnecting; a registration id learned
 * later is no key to someone else's identity.
 */
export const REGISTRATION_RESEND_WINDOW_MS = 10 * 60 * 1000;
/**
 * Answers to one registration sent again, per program and registration. The count lasts as long
 * as a resend is accepted at all, so this bounds them for good: each makes a new PIN (an argon2
 * hash) and a new token. The phone resends only when its person
 * presses again after a lost answer or a 10-second wait; five covers a crowded room's slow answers,
 * and a flood of copies costs five hashes, not one per copy.
 */
export const RESENDS_PER_REGISTRATION = 5;

/**
 * Four-digit tries per program and nickname per day, on top of the five per quarter hour: a PIN from
 * before PINs had six digits is one of 10,000, so the quarter-hour limit alone would allow about a
 * 5% chance a day against it; ten a day make it 0.1%. New PINs have six digits and never meet this.
 */
export const LEGACY_PIN_TRIES_PER_DAY = 10;
const DAY_S = 24 * 60 * 60;

/** The limiters of the phone-side identity and join codes; all count in the database. */
export interface RealtimeLimiters {
  /** Counts wrong join codes per IP address, so codes cannot be guessed by trying them all. */
  codeGuessLimiter: RateLimiterAbstract;
  /** Counts PIN recoveries per program and nickname, so one person's PIN cannot be tried through. */
  pinLimiter: RateLimiterAbstract;
  /** Counts identity tries (recoveries, taken nicknames) per IP address. */
  identityIpLimiter: RateLimiterAbstract;
  /** Counts PIN recoveries per program (the hashing its code can cause), after the address's budget. */
  identityProgramLimiter: RateLimiterAbstract;
  /** Counts registrations about to be hashed (new members and resends) per IP address. */
  registerLimiter: RateLimiterAbstract;
  /** Counts answers to a resent registration, per program and registration (its id's hash). */
  resendLimiter: RateLimiterAbstract;
  /** Counts four-digit recovery tries per program and nickname per day. */
  legacyPinLimiter: RateLimiterAbstract;
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
    resendLimiter: limiter('register-resend', RESENDS_PER_REGISTRATION, REGISTRATION_RESEND_WINDOW_MS / 1000),
    legacyPinLimiter: limiter('pin-legacy-nickname', LEGACY_PIN_TRIES_PER_DAY, DAY_S),
  };
}
