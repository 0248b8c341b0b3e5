import { z } from 'zod';
import { plainText } from './text.schema';
import { StaffId, StoreId, DeviceId } from './ids.schema';

export const SetupRequest = z.strictObject({
  storeName: plainText(60).pipe(z.string().min(1, { message: 'required' })),
  ownerName: plainText(40).pipe(z.string().min(1, { message: 'required' })),
  password: z.string().min(1).max(200),
  /** The owner's PIN for switching on the tablet; strong enough by `pinProblems`. */
  ownerPin: z.string().regex(/^\d{6,12}$/, { message: 'bad-pin' }),
  deviceName: plainText(40).pipe(z.string().min(1, { message: 'required' })),
});
export type SetupRequest = z.infer<typeof SetupRequest>;

export const StaffRole = z.enum(['associate', 'manager', 'owner']);
export type StaffRole = z.infer<typeof StaffRole>;

/**
 * What set-up and a password enrolment answer: the store, the device credential, and the staff
 * member who enrolled it, signed in with a server session (decision 0008). `needsPin`: she has no
 * PIN yet and must choose one before the tablet can lock.
 */
export const Enrolment = z.strictObject({
  store: z.strictObject({ id: StoreId, name: z.string() }),
  device: z.strictObject({ id: DeviceId, token: z.string() }),
  staff: z.strictObject({ id: StaffId, name: z.string(), role: StaffRole }),
  session: z.strictObject({ token: z.string(), expiresAt: z.int() }),
  needsPin: z.boolean(),
});
export type Enrolment = z.infer<typeof Enrolment>;

export const SetupStatus = z.strictObject({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatus>;

/** The build of the app a server serves: a tablet whose own build differs looks for the update. */
export const AppBuild = z.strictObject({ version: z.string().max(40), build: z.string().max(80) });
export type AppBuild = z.infer<typeof AppBuild>;

export const Health = z.strictObject({
  status: z.literal('ok'),
  version: z.string(),
  protocol: z.int(),
  /** The oldest sync protocol it still accepts pushes in (decision 0012). */
  oldestProtocol: z.int(),
  dialect: z.enum(['sqlite', 'postgres']),
  migration: z.string(),
  /** Null when the server serves no built app (API only, or in development). */
  app: AppBuild.nullable(),
});
export type Health = z.infer<typeof Health>;

/** A manager or owner enrols another tablet by signing in on it, online. */
export const EnrolRequest = z.strictObject({
  staffName: plainText(40).pipe(z.string().min(1, { message: 'required' })),
  password: z.string().min(1).max(200),
  deviceName: plainText(40).pipe(z.string().min(1, { message: 'required' })),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;
