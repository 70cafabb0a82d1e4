import { randomInt } from 'node:crypto';
import { PIN_LENGTH } from '../../shared/program/limits.js';

/** A participant's personal PIN: uniform over every PIN_LENGTH-digit string. Stored only as a hash. */
export function newPin(): string {
  return String(randomInt(0, 10 ** PIN_LENGTH)).padStart(PIN_LENGTH, '0');
}
