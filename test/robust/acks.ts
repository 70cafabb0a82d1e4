import { ERROR_MESSAGES, type ErrorCode } from '../../shared/protocol/errors.js';

/** The acknowledgement's error code, 'ok', or why it is not an acknowledgement the contract allows. */
export type AckVerdict =
  { kind: 'ok' } | { kind: 'error'; code: ErrorCode } | { kind: 'malformed'; detail: string };

export function judgeAck(ack: unknown): AckVerdict {
  if (typeof ack !== 'object' || ack === null) return { kind: 'malformed', detail: JSON.stringify(ack) };
  const a = ack as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (a.ok === true && 'data' in a) return { kind: 'ok' };
  const code = a.error?.code;
  if (a.ok === false && typeof code === 'string' && Object.hasOwn(ERROR_MESSAGES, code)) {
    const known = code as ErrorCode;
    if (JSON.stringify(a.error?.message) === JSON.stringify(ERROR_MESSAGES[known]))
      return { kind: 'error', code: known };
  }
  return { kind: 'malformed', detail: JSON.stringify(ack).slice(0, 300) };
}

/** JSON with each Buffer (whose toJSON runs before a replacer sees it) shown by its length. */
export function printable(value: unknown): string {
  return (
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
      return Buffer.isBuffer(this[key]) ? `<Buffer ${(this[key] as Buffer).length}>` : v;
    }) ?? String(value)
  );
}

/** A short, printable form of a payload for a failure message. */
export function excerpt(value: unknown, max = 240): string {
  const text = printable(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
