import { z } from 'zod';

/** Ids are made on the client (UUIDv7) so a record exists before the server hears of it. */
const uuid = z.uuid();

export const MemberId = uuid.brand<'MemberId'>();
export type MemberId = z.infer<typeof MemberId>;

export const EventId = uuid.brand<'EventId'>();
export type EventId = z.infer<typeof EventId>;

export const StaffId = uuid.brand<'StaffId'>();
export type StaffId = z.infer<typeof StaffId>;

export const StoreId = uuid.brand<'StoreId'>();
export type StoreId = z.infer<typeof StoreId>;

export const DeviceId = uuid.brand<'DeviceId'>();
export type DeviceId = z.infer<typeof DeviceId>;

export const MutationId = uuid.brand<'MutationId'>();
export type MutationId = z.infer<typeof MutationId>;
