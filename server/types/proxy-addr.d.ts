// proxy-addr (express's own dependency) ships no types; these cover the two calls Moim makes.
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';

  /** Whether the hop at `hop` (0 = the socket's peer) may tell the address before it. */
  type Trust = (address: string, hop: number) => boolean;

  /** The client's address: the nearest one in X-Forwarded-For that a trusted hop vouches for. */
  function proxyaddr(req: IncomingMessage, trust: Trust): string | undefined;
  namespace proxyaddr {
    /** Addresses, CIDRs and the names `loopback`, `linklocal`, `uniquelocal`; throws on anything else. */
    function compile(value: string | string[]): Trust;
  }
  export default proxyaddr;
}
