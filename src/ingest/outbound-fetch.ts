/**
 * The bot's only way out to the web (feeds and their article pages): a fetch that refuses to reach
 * loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local, unspecified and
 * other non-public addresses, so a feed item cannot make the bot GET http://127.0.0.1/admin
 * (server-side request forgery). The address is checked where the connection is made: the DNS
 * lookup the socket uses returns only checked addresses, so a name that resolves to a public
 * address once and to 127.0.0.1 the next time (DNS rebinding) still cannot get through. IP
 * literals, which never reach a lookup, are checked before connecting. FEEDS_ALLOW_PRIVATE=true
 * turns the check off for feeds on a private network.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent, fetch as undiciFetch, type RequestInit, type Response } from 'undici';

/** The fetch used for feeds and pages (undici's, so the connection can be given its own lookup). */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Which addresses a fetch may reach. */
export interface OutboundPolicy {
  /** FEEDS_ALLOW_PRIVATE: reach any address. */
  allowPrivate: boolean;
  /**
   * Why an address is refused, or null when it may be reached; the default refuses every
   * address that is not public unicast. Tests pass one that lets a local test server count as public.
   */
  refusal?: (address: string) => string | null;
}

/** A fetch refused because the host is, or resolves to, an address the policy refuses. */
export class RefusedAddressError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    const named = host === address ? address : `${host} (${address})`;
    super(`${named}, ${reason}: refused (set FEEDS_ALLOW_PRIVATE=true to fetch from private networks)`);
    this.name = 'RefusedAddressError';
  }
}

const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT address',
  uniqueLocal: 'a unique-local IPv6 address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

/**
 * Why `address` (an IPv4 or IPv6 literal) may not be reached, or null for a public unicast address.
 * @example publicAddressRefusal('169.254.169.254') // 'the cloud metadata address (link-local)'
 */
export function publicAddressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (parsed.toString() === '169.254.169.254') return 'the cloud metadata address (link-local)';
  // NAT64, 6to4 and Teredo addresses can carry a private IPv4 address inside: refused as well.
  return RANGE_WORDS[range] ?? `a ${range} address, not a public one`;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A socket lookup that resolves `hostname` and hands on only the addresses the policy allows. */
function guardedLookup(refusal: (address: string) => string | null) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const allowed = addresses.filter((a) => refusal(a.address) === null);
      const first = allowed[0];
      if (!first) {
        const refused = addresses[0];
        const error = refused
          ? new RefusedAddressError(hostname, refused.address, refusal(refused.address)!)
          : Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
        return callback(error, []);
      }
      if (options.all) callback(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

/** The host of a URL as a bare IP literal, or null when it is a name. */
function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(host) ? host : null;
}

/**
 * A fetch that can only reach addresses the policy allows; redirects are the caller's to follow
 * (each new URL comes back through here, so each hop is checked again).
 * @example const fetch = createOutboundFetch({ allowPrivate: config.FEEDS_ALLOW_PRIVATE });
 */
export function createOutboundFetch(policy: OutboundPolicy): Fetch {
  if (policy.allowPrivate) return (url, init) => undiciFetch(url, init);
  const refusal = policy.refusal ?? publicAddressRefusal;
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(refusal) } });
  return async (url, init = {}) => {
    const literal = literalAddress(new URL(url));
    const refused = literal === null ? null : refusal(literal);
    if (literal !== null && refused !== null) throw new RefusedAddressError(literal, literal, refused);
    return undiciFetch(url, { ...init, dispatcher });
  };
}
