import { z } from 'zod';
import { DeviceList, EnrolCode } from '../../shared/schemas/security.schema';
import { callApi, type StaffAuth } from './api-client';

/** Owner: every tablet enrolled in the store, revoked ones too. */
export function fetchDevices(auth: StaffAuth) {
  return callApi({ method: 'GET', path: '/api/devices', ...auth }, DeviceList);
}

/** Owner: the tablet deletes its local data at its next contact. 409 cannot-revoke-self. */
export function revokeDevice(auth: StaffAuth, deviceId: string) {
  return callApi(
    { method: 'POST', path: `/api/devices/${encodeURIComponent(deviceId)}/revoke`, ...auth },
    z.unknown(),
  );
}

/** Manager: a one-time code another tablet enrols with. */
export function createEnrolCode(auth: StaffAuth) {
  return callApi({ method: 'POST', path: '/api/enrol-codes', ...auth }, EnrolCode);
}
