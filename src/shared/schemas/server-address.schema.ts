import { z } from 'zod';

/**
 * Where tablets reach the server, for the owner's 员工 screen to show as a QR code: the app over
 * HTTPS, and the plain-HTTP page to trust the store certificate (null with the store's own).
 * Empty when the server serves plain HTTP (loopback, or behind a TLS proxy whose address it cannot know).
 */
export const ServerAddresses = z.strictObject({
  addresses: z.array(z.strictObject({ app: z.string(), trust: z.string().nullable() })),
});
export type ServerAddresses = z.infer<typeof ServerAddresses>;
