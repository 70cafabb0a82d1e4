import type { WireError } from '../../../shared/protocol/errors.js';
import type { Lang } from '../../../shared/i18n/text.js';

/** Errors the client makes up itself (no server involved), translated through i18n keys. */
export type LocalErrorCode = 'network' | 'timeout' | 'server';

/** Either a server error (carries its own ko/en message) or a local one (translated by key). */
export type ClientError = WireError | { code: LocalErrorCode; message: null };

export const NETWORK_ERROR: ClientError = { code: 'network', message: null };
export const TIMEOUT_ERROR: ClientError = { code: 'timeout', message: null };
/** A response that is not the JSON the server promises (a proxy error page, a crash). */
export const SERVER_ERROR: ClientError = { code: 'server', message: null };

export function errorText(error: ClientError, lang: Lang, t: (key: string) => string): string {
  return error.message ? error.message[lang] : t(`error.${error.code}`);
}

/** Server errors worth retrying later with the same payload; all other codes are final answers. */
export function isRetryable(error: ClientError): boolean {
  return (
    error.code === 'network' ||
    error.code === 'timeout' ||
    error.code === 'rate_limited' ||
    error.code === 'internal' ||
    error.code === 'not_joined'
  );
}
