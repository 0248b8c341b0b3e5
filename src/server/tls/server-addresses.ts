import type { ServerAddresses } from '../../shared/schemas/server-address.schema';

/** Where tablets reach this server: the app over HTTPS, and the trust page (null with the store's own certificate). */
export type ServerAddress = ServerAddresses['addresses'][number];

/** An origin's root URL, leaving out the scheme's default port. */
export const urlOf = (scheme: 'http' | 'https', host: string, port: number) =>
  `${scheme}://${host}${(scheme === 'https' && port === 443) || (scheme === 'http' && port === 80) ? '' : `:${port}`}/`;

export function serverAddresses(
  hosts: readonly string[],
  httpsPort: number,
  trustPort: number | null,
): ServerAddress[] {
  return hosts.map((host) => ({
    app: urlOf('https', host, httpsPort),
    trust: trustPort === null ? null : urlOf('http', host, trustPort),
  }));
}
