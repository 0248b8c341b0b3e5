import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { auditRepository } from './audit.repository';
import { chainRepository } from './chain.repository';
import { deviceRepository } from './device.repository';
import { enrolCodeRepository } from './enrol-code.repository';
import { memberExportRepository } from './member-export.repository';
import { memberIdsRepository } from './member-ids.repository';
import { mergeRepository } from './merge.repository';
import { posKeyRepository } from './pos-key.repository';
import { posPostRepository } from './pos-post.repository';
import { sessionRepository } from './session.repository';
import { signInFailureRepository } from './sign-in-failure.repository';
import { staffRepository } from './staff.repository';
import { storeRepository } from './store.repository';
import { storeSettingsReader } from './store-settings.repository';

/** Every repository, built on one connection or one transaction; services reach the database only through these. */
export function repositories(db: Kysely<Database>) {
  return {
    audit: auditRepository(db),
    chain: chainRepository(db),
    devices: deviceRepository(db),
    enrolCodes: enrolCodeRepository(db),
    memberExport: memberExportRepository(db),
    memberIds: memberIdsRepository(db),
    merges: mergeRepository(db),
    posKeys: posKeyRepository(db),
    posPosts: posPostRepository(db),
    sessions: sessionRepository(db),
    signInFailures: signInFailureRepository(db),
    staff: staffRepository(db),
    stores: storeRepository(db),
    storeSettings: storeSettingsReader(db),
  };
}

export type Repositories = ReturnType<typeof repositories>;
