import { z } from 'zod';

/**
 * The only place a string schema is made: every string that crosses the wire — text, ids, codes,
 * e-mail addresses, answer values, nested activity configs — starts here, so none can forget the
 * one rule below (a test refuses `z.string()` and its kin anywhere else in shared/ and server/).
 *
 * Refused, on every database alike:
 * - U+0000: PostgreSQL text cannot hold it (the query fails; SQLite would store it), so it became an
 *   `internal` error there and failed the answers committed with it.
 * - Every other control character (C0, DEL, C1) except tab, line feed and carriage return: no keyboard
 *   or IME types them, they are invisible or a box on the projector and in the CSV, and an ESC can
 *   rewrite a terminal reading the logs. Line breaks and tabs stay: open text and notes keep them.
 * - A lone surrogate (half of an emoji): not Unicode, so both drivers store U+FFFD instead and what
 *   was acknowledged would not be what was stored.
 */
const UNSTORABLE = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * The check every string schema carries. One instance, shared by every schema built from the
 * functions below (zod copies checks into each derived schema), so a test can find it on each one.
 */
export const storableText = z.refine<string>(isStorableText, 'control character or lone surrogate');

/** A string that a database can hold as it was sent. Chain `.trim()`, `.min()`, `.regex()` as on `z.string()`. */
export function text(): z.ZodString {
  return z.string().check(storableText);
}

/** An e-mail address (its own format already refuses controls; the check keeps the one rule visible). */
export function email(): z.ZodEmail {
  return z.email().check(storableText);
}

/** A client-made id (answer, registration); hex by format, with the rule kept visible all the same. */
export function uuid(): z.ZodUUID {
  return z.uuid().check(storableText);
}
