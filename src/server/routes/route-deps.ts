import type { AppDeps } from '../app';
import type { ServerKeys } from '../auth/server-keys';
import type { deviceAuth } from '../auth/device-auth';
import type { posKeyAuth } from '../auth/pos-auth';
import type { sessionStaffOf, staffAuth } from '../auth/staff-session';
import type { Services } from '../services/services';

/**
 * What every route is built with: the app's settings, the credential checks and the services.
 * No database: routes reach the data only through services (decision 0015).
 */
export interface RouteDeps extends Omit<AppDeps, 'guessLimit' | 'db'> {
  readonly keys: ServerKeys;
  /** For the routes a guesser would hammer: set-up, enrolment, sign-in. */
  readonly guessLimit: { max: number; timeWindow: number };
  readonly offlineLimitHours: number;
  readonly auth: {
    readonly device: ReturnType<typeof deviceAuth>;
    readonly staff: ReturnType<typeof staffAuth>;
    readonly sessionStaff: ReturnType<typeof sessionStaffOf>;
    readonly pos: ReturnType<typeof posKeyAuth>;
  };
  readonly services: Services;
}
