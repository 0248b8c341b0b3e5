import type { DayTarget, StaffTarget, TillFigures } from '../../../shared/domain/counter/counter-records';

/*
 * The till's figures and the targets, as the counter's screens read them: the one file that
 * knows where they are kept. TODO(#13): read the synced field records (tillDay, dayTarget,
 * staffTarget) once they land; until then no day has till figures or targets, and the screens
 * say so.
 */

const NONE = new Map<string, never>();

/** Till figures by day key; undefined while reading. */
export function useTillDays(): ReadonlyMap<string, TillFigures> | undefined {
  return NONE;
}

/** Day targets by day key; undefined while reading. */
export function useDayTargets(): ReadonlyMap<string, DayTarget> | undefined {
  return NONE;
}

/** Staff targets by `<staffId>/<YYYY>-Q<n>`; undefined while reading. */
export function useStaffTargets(): ReadonlyMap<string, StaffTarget> | undefined {
  return NONE;
}
