import { ServerAddresses } from '../../shared/schemas/server-address.schema';
import { callApi, type StaffAuth } from './api-client';

/** Manager: where a new tablet reaches the server (HTTPS, and the page to trust the store certificate). */
export function fetchServerAddresses(auth: StaffAuth) {
  return callApi({ method: 'GET', path: '/api/server/addresses', ...auth }, ServerAddresses);
}
