// Bundled by the search benchmark into the page, next to the running app: the app's own search
// index over the app's own IndexedDB roster, so its answer time can be read without rendering.
import { FloorbookDb } from '../../src/app/db/floorbook-db';
import { buildMemberIndex } from '../../src/app/search/member-index';
import { indexedMemberOf } from '../../src/app/search/member-search';
import { readSearchQuery } from '../../src/shared/domain/search-query';

async function prepare(): Promise<(text: string) => number> {
  const db = new FloorbookDb({ onVersionChange: () => undefined });
  const rows = await db.members.toArray();
  const index = buildMemberIndex(rows.map(indexedMemberOf));
  return (text) => index.search(readSearchQuery(text)).members.length;
}

(window as unknown as { floorbookBench: { prepare: typeof prepare } }).floorbookBench = { prepare };
