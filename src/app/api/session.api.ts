import { StaffSession, type SessionRequest } from '../../shared/schemas/security.schema';
import { callApi } from './api-client';

/** Ask the server to check a PIN and open a session for the routes of managers and owners. */
export function openSession(deviceToken: string, body: SessionRequest, language: string) {
  return callApi({ method: 'POST', path: '/api/sessions', token: deviceToken, body, language }, StaffSession);
}
