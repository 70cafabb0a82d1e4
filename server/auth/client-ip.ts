import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * Which hops may tell the client's address in X-Forwarded-For: `hop` 0 is the socket's peer, 1 the
 * address it forwarded for, and so on. Express takes the same function as its `trust proxy`.
 */
export type TrustProxy = (address: string, hop: number) => boolean;

/** Without a proxy in front, a client could write any address into X-Forwarded-For. */
export const TRUST_NO_PROXY: TrustProxy = () => false;

/**
 * `TRUST_PROXY` read like express's `trust proxy` setting: unset, empty, `false` or `0` trusts no
 * proxy; a number trusts that many hops in front of the server; otherwise comma-separated addresses,
 * CIDRs and the names `loopback`, `linklocal`, `uniquelocal`. `true` (trust every hop) is refused:
 * it would let any client choose the address its limits count against.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return TRUST_NO_PROXY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? TRUST_NO_PROXY : (_address, hop) => hop < hops;
  }
  if (text === 'true')
    throw new Error('TRUST_PROXY=true would trust any address a client sends; give the proxy or a hop count');
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUST_PROXY is not a hop count or a list of addresses: ${text}`, { cause: error });
  }
}

/**
 * The address a limit counts against, the same way for HTTP (express's `req.ip` uses the same
 * `trust`) and for a socket's handshake: the socket's peer, unless a trusted proxy vouches for an
 * address it forwarded for.
 */
export function clientIp(req: IncomingMessage, trust: TrustProxy): string {
  return proxyaddr(req, trust) ?? 'unknown';
}
