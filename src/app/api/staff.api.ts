import { z } from 'zod';
import {
  StaffRoster,
  type NewStaff,
  type PinReset,
  type StaffPatch,
} from '../../shared/schemas/security.schema';
import { callApi, type StaffAuth } from './api-client';

/** Who works in this store; any enrolled tablet may ask (it needs the PIN verifiers offline). */
export function fetchStaff(auth: StaffAuth) {
  return callApi({ method: 'GET', path: '/api/staff', ...auth }, StaffRoster);
}

/** Owner: a new staff member with her first PIN. */
export function addStaff(auth: StaffAuth, body: NewStaff) {
  return callApi({ method: 'POST', path: '/api/staff', body, ...auth }, z.unknown());
}

/** Owner: a new role, or she leaves the store. The server keeps the last owner (409 last-owner). */
export function changeStaff(auth: StaffAuth, staffId: string, body: StaffPatch) {
  return callApi(
    { method: 'PATCH', path: `/api/staff/${encodeURIComponent(staffId)}`, body, ...auth },
    z.unknown(),
  );
}

/** A new PIN: her own, an associate's by a manager, anyone's by the owner. */
export function resetPin(auth: StaffAuth, staffId: string, body: PinReset) {
  return callApi(
    { method: 'PUT', path: `/api/staff/${encodeURIComponent(staffId)}/pin`, body, ...auth },
    z.unknown(),
  );
}
