import { z } from 'zod';
import { IssuedPosKey, PosKeyList } from '../../shared/schemas/pos.schema';
import { callApi, type StaffAuth } from './api-client';

/** Owner: the store's POS keys, revoked ones too, never the keys themselves. */
export function fetchPosKeys(auth: StaffAuth) {
  return callApi({ method: 'GET', path: '/api/pos-keys', ...auth }, PosKeyList);
}

/** Owner: a key for the store's till; the answer is the only place the key is ever shown. */
export function issuePosKey(auth: StaffAuth, label: string) {
  return callApi({ method: 'POST', path: '/api/pos-keys', body: { label }, ...auth }, IssuedPosKey);
}

/** Owner: the till's next post with this key is refused. */
export function revokePosKey(auth: StaffAuth, id: string) {
  return callApi(
    { method: 'POST', path: `/api/pos-keys/${encodeURIComponent(id)}/revoke`, ...auth },
    z.unknown(),
  );
}
