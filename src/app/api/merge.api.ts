import { z } from 'zod';
import { MergesForReview } from '../../shared/schemas/merge.schema';
import { callApi, type StaffAuth } from './api-client';

/** Manager: duplicates the server merged and nobody has looked at yet. */
export function fetchMergesForReview(auth: StaffAuth) {
  return callApi({ method: 'GET', path: '/api/merges', ...auth }, MergesForReview);
}

/** Manager: she confirms they were one person; the server names her as reviewer from her session. */
export function confirmMerge(auth: StaffAuth, absorbedId: string) {
  return callApi(
    { method: 'POST', path: `/api/merges/${encodeURIComponent(absorbedId)}/review`, ...auth },
    z.unknown(),
  );
}
