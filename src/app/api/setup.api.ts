import {
  Enrolment,
  SetupStatus,
  type EnrolRequest,
  type SetupRequest,
} from '../../shared/schemas/setup.schema';
import { DeviceEnrolment, type EnrolByCode } from '../../shared/schemas/security.schema';
import { callApi } from './api-client';

export function fetchSetupStatus(language: string) {
  return callApi({ method: 'GET', path: '/api/setup', language }, SetupStatus);
}

export function createStore(body: SetupRequest, language: string) {
  return callApi({ method: 'POST', path: '/api/setup', body, language }, Enrolment);
}

export function enrolDevice(body: EnrolRequest, language: string) {
  return callApi({ method: 'POST', path: '/api/devices', body, language }, Enrolment);
}

/** Enrol with a code a manager made on another tablet: nobody is signed in afterwards. */
export function enrolByCode(body: EnrolByCode, language: string) {
  return callApi({ method: 'POST', path: '/api/devices/by-code', body, language }, DeviceEnrolment);
}
