import { ChainStores, CreatedStore, type NewStore } from '../../shared/schemas/chain.schema';
import { callApi, type StaffAuth } from './api-client';

/** Head office: every store's figures (never a member). Anyone else is answered 403 forbidden. */
export function fetchChainStores(auth: StaffAuth) {
  return callApi({ method: 'GET', path: '/api/chain/stores', ...auth }, ChainStores);
}

/** Head office: a new store and its owner. 422 weak-password / weak-pin, 409 name-taken (ownerName). */
export function createStore(auth: StaffAuth, body: NewStore) {
  return callApi({ method: 'POST', path: '/api/chain/stores', body, ...auth }, CreatedStore);
}
