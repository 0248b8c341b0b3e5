import type { AppDeps } from '../app';
import type { ServerKeys } from '../auth/server-keys';

/** What every route is built with: the app's dependencies and what buildApp derives from them once. */
export interface RouteDeps extends Omit<AppDeps, 'guessLimit'> {
  readonly keys: ServerKeys;
  /** For the routes a guesser would hammer: set-up, enrolment, sign-in. */
  readonly guessLimit: { max: number; timeWindow: number };
  readonly offlineLimitHours: number;
}
