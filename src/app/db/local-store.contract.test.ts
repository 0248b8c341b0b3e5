import { v7 as uuidv7 } from 'uuid';
import { describeLocalStoreContract } from '../../../tests/fixtures/describe-local-store-contract';
import { dexieLocalStoreSubject } from '../../../tests/fixtures/dexie-local-store-subject';

// The same cases run in Chromium's own IndexedDB in tests/e2e/local-store-contract.spec.ts.
describeLocalStoreContract('Dexie over fake-indexeddb', () => dexieLocalStoreSubject(`contract-${uuidv7()}`));
