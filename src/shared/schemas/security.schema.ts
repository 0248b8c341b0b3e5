import { z } from 'zod';
import { plainText } from './text.schema';
import { DeviceId, MemberId, StaffId, StoreId } from './ids.schema';
import { StaffRole } from './setup.schema';

/** The header a staff session token travels in, beside the device's bearer token. */
export const SESSION_HEADER = 'x-floorbook-session';

/** A PIN as typed: digits only; whether it is strong enough is `pinProblems` (domain/pin-rules). */
export const Pin = z.string().regex(/^\d{6,12}$/, { message: 'bad-pin' });

/**
 * PBKDF2-SHA256 parameters and result, so the tablet can check a PIN with no network. A PIN
 * matches when
 *
 *   hash = base64(PBKDF2-HMAC-SHA256(password = the UTF-8 bytes of the PIN digits as typed,
 *                                    salt = base64-decoded `salt` (16 bytes),
 *                                    iterations = `iterations` (150,000 today),
 *                                    length = 32 bytes))
 *
 * with standard, padded base64 (RFC 4648 §4, not base64url). In WebCrypto: importKey('raw',
 * utf8(pin), 'PBKDF2', false, ['deriveBits']), then deriveBits({ name: 'PBKDF2', hash: 'SHA-256',
 * salt, iterations }, key, 256). The server makes it when a PIN is set (server/auth/offline-verifier.ts)
 * and hands it only to enrolled tablets of the store.
 */
export const OfflinePinVerifier = z.strictObject({
  salt: z.base64().max(64),
  iterations: z.int().min(10_000).max(10_000_000),
  hash: z.base64().max(128),
});
export type OfflinePinVerifier = z.infer<typeof OfflinePinVerifier>;

/** A staff member as an enrolled tablet of her store knows her. */
export const StaffCard = z.strictObject({
  id: StaffId,
  name: z.string(),
  role: StaffRole,
  /** Null until a PIN is set: she cannot sign in on a tablet yet. */
  pin: OfflinePinVerifier.nullable(),
});
export type StaffCard = z.infer<typeof StaffCard>;

/** GET /api/staff: who works in this store, and the rules the tablet applies offline. */
export const StaffRoster = z.strictObject({
  staff: z.array(StaffCard),
  policy: z.strictObject({
    /** Minutes without a touch before the tablet locks itself. */
    idleLockMinutes: z.int().positive(),
    /** Hours a sign-in lasts before the PIN is asked again. */
    signInHours: z.int().positive(),
    /** Hours without reaching the server after which the tablet turns read-only. */
    offlineLimitHours: z.int().positive(),
  }),
  serverTime: z.int(),
});
export type StaffRoster = z.infer<typeof StaffRoster>;

/** POST /api/sessions: a PIN checked by the server; the answer opens manager and owner routes. */
export const SessionRequest = z.strictObject({ staffId: StaffId, pin: z.string().max(12) });
export type SessionRequest = z.infer<typeof SessionRequest>;

export const StaffSession = z.strictObject({
  token: z.string(),
  staff: z.strictObject({ id: StaffId, name: z.string(), role: StaffRole }),
  expiresAt: z.int(),
});
export type StaffSession = z.infer<typeof StaffSession>;

/** POST /api/staff (owner): a new staff member with her first PIN. */
export const NewStaff = z.strictObject({
  name: plainText(40).pipe(z.string().min(1, { message: 'required' })),
  role: StaffRole,
  pin: Pin,
});
export type NewStaff = z.infer<typeof NewStaff>;

/** PATCH /api/staff/:id (owner): a new role, or leaving the store (her sessions end with it). */
export const StaffPatch = z
  .strictObject({ role: StaffRole.optional(), active: z.literal(false).optional() })
  .refine((p) => p.role !== undefined || p.active !== undefined, { message: 'required' });
export type StaffPatch = z.infer<typeof StaffPatch>;

/** PUT /api/staff/:id/pin (herself, a manager for associates, the owner for anyone). */
export const PinReset = z.strictObject({ pin: Pin });
export type PinReset = z.infer<typeof PinReset>;

export const DeviceSummary = z.strictObject({
  id: DeviceId,
  name: z.string(),
  createdAt: z.int(),
  lastSeenAt: z.int().nullable(),
  revokedAt: z.int().nullable(),
  /** The device this list was asked from, which cannot revoke itself. */
  current: z.boolean(),
});
export type DeviceSummary = z.infer<typeof DeviceSummary>;

export const DeviceList = z.strictObject({ devices: z.array(DeviceSummary) });
export type DeviceList = z.infer<typeof DeviceList>;

/** POST /api/enrol-codes (manager): a one-time code another tablet enrols with, valid for minutes. */
export const EnrolCode = z.strictObject({ code: z.string(), expiresAt: z.int() });
export type EnrolCode = z.infer<typeof EnrolCode>;

/** POST /api/devices/by-code: enrol this tablet with a code a manager made. */
export const EnrolByCode = z.strictObject({
  code: z.string().regex(/^[0-9A-Z]{8}$/, { message: 'bad-code' }),
  deviceName: plainText(40).pipe(z.string().min(1, { message: 'required' })),
});
export type EnrolByCode = z.infer<typeof EnrolByCode>;

/** What a tablet enrolled by code holds: no one is signed in until a PIN is entered. */
export const DeviceEnrolment = z.strictObject({
  store: z.strictObject({ id: StoreId, name: z.string() }),
  device: z.strictObject({ id: DeviceId, token: z.string() }),
});
export type DeviceEnrolment = z.infer<typeof DeviceEnrolment>;

export const AuditAction = z.enum([
  'profile.view',
  'phone.reveal',
  'member.edit',
  'consent.change',
  'member.delete',
  'member.erase',
  'export',
  'pin.fail',
  'pin.lockout',
  'sign-in',
  'staff.change',
  'device.enrol',
  'device.revoke',
  'merge.review',
  'store.create',
  'points.adjust',
  'settings.change',
  // Field records (decision 0016): `<type>.change`.
  'tillDay.change',
  'dayTarget.change',
  'staffTarget.change',
  'taskState.change',
  'messageTemplate.change',
  'pos-key.issue',
  'pos-key.revoke',
  'pos.till-days',
  'import',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** What a tablet records and uploads later: the views and reveals it saw, the PINs that failed. */
export const AuditEntry = z.strictObject({
  id: z.uuid(),
  at: z.int().nonnegative(),
  staffId: StaffId.nullable(),
  action: z.enum(['profile.view', 'phone.reveal', 'pin.fail', 'pin.lockout', 'sign-in']),
  memberId: MemberId.nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const MAX_AUDIT_UPLOAD = 500;
export const AuditUpload = z.strictObject({ entries: z.array(AuditEntry).max(MAX_AUDIT_UPLOAD) });
export type AuditUpload = z.infer<typeof AuditUpload>;

/** GET /api/audit (manager): newest first, paged by `before`. */
export const AuditLine = z.strictObject({
  id: z.string(),
  at: z.int(),
  action: AuditAction,
  staffName: z.string().nullable(),
  deviceName: z.string().nullable(),
  memberId: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditLine = z.infer<typeof AuditLine>;
export const AuditPage = z.strictObject({ lines: z.array(AuditLine), before: z.int().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

/** Query of GET /api/audit: a page of `limit` lines (default 50) older than `before` (ms). */
export const AuditQuery = z.strictObject({
  before: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.int().min(1).max(200))
    .optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** The export's file: CSV, or an Excel workbook (.xlsx). */
export const ExportFormat = z.enum(['xlsx', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** What an export holds: every live member, or the cards about to lapse (即将成为无效卡) by the store's rules. */
export const ExportSelection = z.enum(['members', 'lapsing']);
export type ExportSelection = z.infer<typeof ExportSelection>;

/**
 * Body of POST /api/export: the stated reason goes into the audit log with the export. In the
 * body, not the URL, where server and proxy logs would keep it. A tablet from before .xlsx
 * sends no format and gets the CSV it expects.
 */

export const ExportRequest = z.strictObject({
  reason: plainText(200).pipe(z.string().min(4, { message: 'required' })),
  format: ExportFormat.default('csv'),
  /** Every member when absent, as before the selection existed. */
  selection: ExportSelection.optional(),
});
export type ExportRequest = z.infer<typeof ExportRequest>;
