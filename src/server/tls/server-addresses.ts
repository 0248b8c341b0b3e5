/** Where tablets reach this server: the app over HTTPS, and beside it the page to trust the store certificate. */
export interface ServerAddress {
  readonly app: string;
  /** Plain HTTP page offering the store CA; null when the certificate is the store's own (TLS_CERT_FILE). */
  readonly trust: string | null;
}

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
