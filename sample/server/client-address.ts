// Which address a request comes from, for the per-client POST limit. Behind a reverse proxy every request arrives from
// the proxy, so the client's own address is in X-Forwarded-For; but any client can send that header, so it is read only
// as far as TRUST_PROXY says: a number of proxy hops in front of the server, or the proxies' addresses (subnets allowed).
// Each trusted proxy appends the address it saw to the right end of the header, so it is read from the right.
import { BlockList, isIP } from 'node:net';

export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'addresses'; list: BlockList };

export const TRUST_NO_PROXY: TrustProxy = { kind: 'none' };

/**
 * Reads TRUST_PROXY: empty, `0` or `false` trusts no proxy; a number trusts that many hops; otherwise a comma-separated
 * list of addresses or subnets (`10.0.0.1, 192.168.0.0/16, ::1`). Throws on anything else, so a typo cannot silently
 * trust every client's header.
 */
export function parseTrustProxy(setting: string | undefined): TrustProxy {
  const text = (setting ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return TRUST_NO_PROXY;
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Number(text) };
  const list = new BlockList();
  for (const item of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', prefix] = item.split('/');
    const type = isIP(address);
    if (type === 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`TRUST_PROXY: "${item}" is not a number of hops, an IP address or a subnet like 10.0.0.0/8`);
    }
    const family = type === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return { kind: 'addresses', list };
}

/** The client's address: the socket's own unless it is a trusted proxy, then the header's, read from the right. */
export function clientAddress(socketAddress: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  const socket = plain(socketAddress);
  if (trust.kind === 'none' || !forwardedFor) return socket;
  const forwarded = forwardedFor
    .split(',')
    .map((part) => plain(part.trim()))
    .filter((part) => isIP(part) !== 0);
  // Nearest first: the socket (the last proxy), then what each proxy before it appended.
  const chain = [socket, ...forwarded.reverse()];
  if (trust.kind === 'hops') return chain[Math.min(trust.hops, chain.length - 1)] ?? socket;
  for (const address of chain) if (!isTrusted(address, trust.list)) return address;
  return chain[chain.length - 1] ?? socket;
}

function isTrusted(address: string, list: BlockList): boolean {
  const type = isIP(address);
  return type !== 0 && list.check(address, type === 4 ? 'ipv4' : 'ipv6');
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is 10.0.0.1; `[::1]:443` and `1.2.3.4:80` lose the port. */
function plain(address: string): string {
  let value = address;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? value;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.replace(/:\d+$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped?.[1] ?? value;
}
