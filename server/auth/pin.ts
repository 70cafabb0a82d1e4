import { randomInt } from 'node:crypto';
import { PIN_LENGTH } from '../../shared/program/limits.js';
import { AppError } from '../errors.js';
import { Semaphore } from '../limits/semaphore.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** A participant's personal PIN: uniform over every PIN_LENGTH-digit string. Stored only as a hash. */
export function newPin(): string {
  return String(randomInt(0, 10 ** PIN_LENGTH)).padStart(PIN_LENGTH, '0');
}

/**
 * argon2 runs on libuv's pool of four threads, which a facilitator's login shares. PIN work from
 * phones (hashing a new PIN, verifying a recovery) takes at most two of them at a time, so a room
 * sending recoveries at once cannot starve a login; the persistent budgets bound how much there is.
 */
const PIN_HASHING_SLOTS = 2;
/**
 * PIN work waiting for those slots: past this a phone is told rate_limited at once rather than
 * queued without bound. A hash takes about 10–40 ms, so 500 waiting clear in 2.5–10 s, within the
 * phone's 10-second wait for an answer (a request further back would time out unanswered anyway),
 * and a room of 300 registering in the same second still fits.
 */
export const PIN_HASHING_MAX_WAITING = 500;
const pinHashing = new Semaphore(PIN_HASHING_SLOTS, {
  maxWaiting: PIN_HASHING_MAX_WAITING,
  full: () => new AppError('rate_limited'),
});

export function hashPin(pin: string): Promise<string> {
  return pinHashing.run(() => hashPassword(pin));
}

export function verifyPin(pinHash: string | Promise<string>, pin: string): Promise<boolean> {
  return pinHashing.run(async () => verifyPassword(await pinHash, pin));
}
