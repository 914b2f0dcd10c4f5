import net from "node:net";
import { env } from "@/lib/env";

// The client's address, for rate limits and the log (SECURITY S24).
//
// Next.js does not show the app the socket's peer address. What it does (base-server.js): when a
// request arrives *without* X-Forwarded-For it fills that header with the peer address; a header
// sent by the client is passed on untouched. So X-Forwarded-For is whatever the client wants it
// to be unless a proxy in front rewrites it, and the app cannot check who the peer was. Hence:
//
// - TRUSTED_PROXY unset (the default): forwarded headers are not trusted at all; every client
//   shares the address key "direct" and rate limits rest on the per-account counter (and a
//   large shared allowance, lib/auth/throttle.ts).
// - TRUSTED_PROXY=1: exactly one proxy in front that appends the address it saw: the rightmost
//   X-Forwarded-For entry is the client.
// - TRUSTED_PROXY=10.0.0.2,10.0.0.3: the proxies' own addresses; entries are read from the right,
//   skipping those, and the first other one is the client.
//
// Either setting is only safe when the app's port cannot be reached except through the proxy
// (bind it to a private interface or firewall it): a client that reaches the app directly can
// send any X-Forwarded-For it likes, and the app cannot tell.

export const UNKNOWN_ADDRESS = "direct";

/** The header lib/auth passes the resolved address to better-auth in (set by us, never by clients). */
export const CLIENT_ADDRESS_HEADER = "x-dateline-client-address";

/**
 * IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 cut to its /64 network ("2001:db8:1:2::"), which
 * is what one subscriber gets: limiting single IPv6 addresses would let one client rotate freely.
 */
export function normaliseAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  const kind = net.isIP(address);
  if (kind === 4) return address;
  if (kind !== 6) return null;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::`;
}

/** The client address from X-Forwarded-For under a TRUSTED_PROXY setting, or UNKNOWN_ADDRESS. */
export function addressFrom(forwardedFor: string | null, trustedProxy: string | undefined): string {
  const setting = trustedProxy?.trim();
  if (!setting || setting === "0" || !forwardedFor) return UNKNOWN_ADDRESS;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (setting === "1" || setting.toLowerCase() === "true") {
    return normaliseAddress(hops.at(-1) ?? "") ?? UNKNOWN_ADDRESS;
  }
  const proxies = new Set(setting.split(",").map((p) => normaliseAddress(p) ?? p.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i] ?? "");
    if (!hop) return UNKNOWN_ADDRESS;
    if (!proxies.has(hop)) return hop;
  }
  return UNKNOWN_ADDRESS;
}

/** The client address of a request, under this server's TRUSTED_PROXY setting. */
export function clientAddress(headers: Pick<Headers, "get">): string {
  return addressFrom(headers.get("x-forwarded-for"), env.TRUSTED_PROXY);
}
