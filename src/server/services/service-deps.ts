import type { DataAccess } from '../db/data-access';
import type { ServerKeys } from '../auth/server-keys';

/** What every service is built with: the repositories (never a connection), the clock and the keys. */
export interface ServiceDeps {
  readonly data: DataAccess;
  /** Server wall time in ms. */
  readonly clock: () => number;
  readonly keys: ServerKeys;
}
