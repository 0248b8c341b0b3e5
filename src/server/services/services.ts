import type { DatabaseHandle } from '../db/database';
import { auditService } from './audit.service';
import { chainService } from './chain.service';
import { deviceService } from './device.service';
import { enrolService } from './enrol.service';
import { exportService } from './export.service';
import { healthService } from './health.service';
import { mergeService } from './merge.service';
import { posKeyService } from './pos-key.service';
import { posService } from './pos.service';
import { sessionService } from './session.service';
import { setupService } from './setup.service';
import { staffService } from './staff.service';
import type { ServiceDeps } from './service-deps';

/** Every service of the HTTP API, built once per server. */
export function services(
  deps: ServiceDeps & {
    readonly db: DatabaseHandle;
    readonly version: string;
    readonly staticDir?: string;
    readonly offlineLimitHours: number;
  },
) {
  return {
    audit: auditService(deps),
    chain: chainService(deps),
    devices: deviceService(deps),
    enrol: enrolService(deps),
    export: exportService(deps),
    health: healthService(deps.db, deps.version, deps.staticDir),
    merges: mergeService(deps),
    pos: posService(deps),
    posKeys: posKeyService(deps),
    sessions: sessionService(deps),
    setup: setupService(deps),
    staff: staffService(deps, deps.offlineLimitHours),
  };
}

export type Services = ReturnType<typeof services>;
