import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
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

/** Bits of an IPv6 address one subscriber gets at least: a home or phone network is handed a /64. */
const IPV6_SUBSCRIBER_PREFIX = 64;

/**
 * Every address no parse can read shares this one key. Failing closed: were each kept as it came,
 * a proxy that writes `address:port` into X-Forwarded-For would give every connection a key of its
 * own and escape every limit.
 */
export const UNREADABLE_ADDRESS_KEY = 'unreadable-address';

/** An address without the port or brackets some proxies write: `1.2.3.4:5555`, `[2001:db8::1]:443`. */
function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort ? ipv4WithPort[1]! : address;
}

/**
 * The key an address counts against in a limit: an IPv4 address itself (also when it comes
 * IPv4-mapped, `::ffff:1.2.3.4`, or with a port); an IPv6 address by its /64, since whoever has one
 * address of a /64 can send from any of its 2^64. Anything else shares one key.
 */
export function limitKey(raw: string): string {
  const address = withoutPort(raw.trim());
  if (!ipaddr.isValid(address)) return UNREADABLE_ADDRESS_KEY;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const words = IPV6_SUBSCRIBER_PREFIX / 16;
  const parts = (parsed as ipaddr.IPv6).parts.map((part, i) => (i < words ? part : 0));
  return `${new ipaddr.IPv6(parts).toString()}/${IPV6_SUBSCRIBER_PREFIX}`;
}

/**
 * What a limit counts a socket's handshake against, the same way as HTTP (express's `req.ip` uses
 * the same `trust`; its routes pass it through `limitKey`): the socket's peer, unless a trusted
 * proxy vouches for an address it forwarded for, keyed by `limitKey`.
 */
export function clientIp(req: IncomingMessage, trust: TrustProxy): string {
  return limitKey(proxyaddr(req, trust) ?? 'unknown');
}
