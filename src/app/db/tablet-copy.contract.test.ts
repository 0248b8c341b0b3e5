import { v7 as uuidv7 } from 'uuid';
import { describeTabletCopyContract } from '../../../tests/fixtures/describe-tablet-copy-contract';
import { dexieTabletCopySubject } from '../../../tests/fixtures/dexie-tablet-copy-subject';

// The same cases run in Chromium's own IndexedDB in tests/e2e/tablet-copy-contract.spec.ts.
describeTabletCopyContract('Dexie over fake-indexeddb', () => dexieTabletCopySubject(`contract-${uuidv7()}`));
