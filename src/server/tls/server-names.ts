import os from 'node:os';
import net from 'node:net';

/** The names a server certificate must carry so that every way a tablet can address the server checks. */
export interface ServerNames {
  /** Host names, sorted: the machine's name, its `.local` mDNS name, localhost and any configured. */
  readonly dns: readonly string[];
  /** IP addresses, sorted: every address the server listens on. */
  readonly ips: readonly string[];
}

const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

export const isDnsName = (name: string): boolean => DNS_NAME.test(name);

// A link-local IPv6 address needs a zone (%eth0) that no URL a tablet types can carry.
const usableIp = (ip: string) => !/^fe80:/i.test(ip);

/**
 * What the server answers to. Listening on every interface (HOST 0.0.0.0 or ::), that is each
 * interface's address; on one address, only that one (and loopback, which is always local).
 */
export function serverNames(
  host: string,
  extraNames: readonly string[],
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
  hostname: string = os.hostname(),
): ServerNames {
  const ips = new Set<string>(['127.0.0.1']);
  const dns = new Set<string>(['localhost']);
  if (WILDCARD_HOSTS.has(host)) {
    for (const list of Object.values(interfaces))
      for (const info of list ?? []) if (usableIp(info.address)) ips.add(info.address);
  } else if (net.isIP(host) !== 0) {
    ips.add(host);
  } else if (isDnsName(host.toLowerCase())) {
    dns.add(host.toLowerCase());
  }
  const machine = hostname.toLowerCase();
  if (isDnsName(machine)) {
    dns.add(machine);
    // iPads resolve the machine's Bonjour name; it is the short name under .local.
    dns.add(`${machine.split('.')[0] ?? machine}.local`);
  }
  for (const name of extraNames) {
    if (net.isIP(name) !== 0) ips.add(name);
    else dns.add(name.toLowerCase());
  }
  return { dns: [...dns].sort(), ips: [...ips].sort() };
}

/**
 * The addresses a tablet on the store network can use, best first: configured names, then
 * private IPv4 addresses, then other IPv4 ones (a tablet types IPv4; IPv6 stays in the
 * certificate only). Loopback only when there is nothing else, as on a machine with no network.
 */
export function tabletAddresses(names: ServerNames, extraNames: readonly string[]): string[] {
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  const v4 = names.ips.filter((ip) => net.isIPv4(ip) && !ip.startsWith('127.'));
  const chosen = [
    ...extraNames.map((n) => n.toLowerCase()).filter((n) => !net.isIPv6(n)),
    ...v4.filter(isPrivate),
    ...v4.filter((ip) => !isPrivate(ip)),
  ];
  const unique = [...new Set(chosen)];
  return unique.length > 0 ? unique : ['localhost'];
}
