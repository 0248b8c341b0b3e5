import { z } from 'zod';
import { MergesForReview } from '../../shared/schemas/merge.schema';
import { callApi } from './api-client';

export function fetchMergesForReview(token: string, language: string) {
  return callApi({ method: 'GET', path: '/api/merges', token, language }, MergesForReview);
}

export function confirmMerge(token: string, absorbedId: string, staffId: string, language: string) {
  return callApi(
    { method: 'POST', path: `/api/merges/${absorbedId}/review`, token, body: { staffId }, language },
    z.unknown(),
  );
}
