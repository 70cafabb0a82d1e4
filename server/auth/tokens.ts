import { createHash, randomBytes } from 'node:crypto';

/** An unguessable bearer secret (256 bits), URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as hashes: a leaked database does not let anyone log in or rejoin. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
