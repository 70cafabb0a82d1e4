import { randomInt } from 'node:crypto';
import { TEMPORARY_PASSWORD_LENGTH } from '../../shared/program/limits.js';

/** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
export const TEMPORARY_PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A password an admin hands over once; the user must replace it at the next login. */
export function temporaryPassword(): string {
  let password = '';
  for (let i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
    password += TEMPORARY_PASSWORD_ALPHABET[randomInt(TEMPORARY_PASSWORD_ALPHABET.length)];
  }
  return password;
}
