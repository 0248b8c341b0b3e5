import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../shared/schemas/api-error.schema';
import {
  DuplicateChoice,
  ImportStart,
  type ImportReport,
  type ImportRefusal,
} from '../../shared/schemas/import.schema';
import { countsSentence, refusalSentence } from '../../shared/domain/import-reasons';
import type { DatabaseHandle } from '../db/database';
import { dataAccess } from '../db/data-access';
import { serverKeys } from '../auth/server-keys';
import { ApiError } from '../http/api-error';
import { importService } from '../services/import.service';

export interface ImportArgs {
  store: string;
  file: string;
  dryRun: boolean;
  json: boolean;
  duplicates: DuplicateChoice;
  language: Language;
}

/** A command line the import cannot run: the sentence says what to type. */
export class ImportUsage extends Error {}

export const IMPORT_USAGE =
  'Usage: npm run import -- --store <store name or id> [--dry-run] [--json] [--duplicates skip|merge|update] [--lang zh-CN|en] FILE';

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  let store: string | undefined;
  let file: string | undefined;
  let duplicates: DuplicateChoice = 'skip';
  let language: Language = 'zh-CN';
  let dryRun = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new ImportUsage(`${arg} needs a value. ${IMPORT_USAGE}`);
      return v;
    };
    if (arg === '--store') store = value();
    else if (arg === '--dry-run') dryRun = true;
    else if (arg === '--json') json = true;
    else if (arg === '--duplicates') {
      const choice = DuplicateChoice.safeParse(value());
      if (!choice.success) throw new ImportUsage(`--duplicates is skip, merge or update. ${IMPORT_USAGE}`);
      duplicates = choice.data;
    } else if (arg === '--lang') language = value() === 'en' ? 'en' : 'zh-CN';
    else if (arg?.startsWith('--')) throw new ImportUsage(`Unknown option ${arg}. ${IMPORT_USAGE}`);
    else if (file === undefined) file = arg;
    else throw new ImportUsage(`One file at a time. ${IMPORT_USAGE}`);
  }
  if (store === undefined || file === undefined) throw new ImportUsage(IMPORT_USAGE);
  return { store, file, dryRun, json, duplicates, language };
}

/**
 * Import a file into a store from the command line: the same service as the tablet's, acting for
 * the store's first owner, with the mapping the file's headers suggest (or the store remembers).
 */
export async function importFromCommandLine(
  handle: DatabaseHandle,
  o: ImportArgs & { importDir: string; secret: string; clock?: () => number },
): Promise<{ storeName: string; report: ImportReport }> {
  const data = dataAccess(handle.db);
  const stores = await data.stores.findByIdOrName(o.store);
  if (stores.length === 0) throw new ImportUsage(`There is no store named or numbered ${o.store}.`);
  const [store] = stores;
  if (!store || stores.length > 1)
    throw new ImportUsage(`Several stores are named ${o.store}; give the store's id instead.`);
  const owner = (await data.staff.activeOfStore(store.id)).find((s) => s.role === 'owner');
  if (!owner) throw new ImportUsage(`The store ${store.name} has no active owner to import for.`);
  const service = importService({
    data,
    clock: o.clock ?? Date.now,
    keys: serverKeys(o.secret),
    db: handle.db,
    importDir: o.importDir,
  });
  const actor = { storeId: store.id, deviceId: null, staffId: owner.id };
  const upload = await service.upload(actor, path.basename(o.file), createReadStream(o.file));
  const start = ImportStart.safeParse({
    mapping: upload.mapping,
    duplicates: o.duplicates,
    dryRun: o.dryRun,
  });
  if (!start.success)
    throw new ImportUsage(
      `No name and phone columns were recognised among the headers on line ${upload.headerLine}: ${upload.headers.join(', ')}. Rename them (姓名, 手机) or map them on the tablet.`,
    );
  await service.start(actor, upload.importId, start.data);
  await service.idle();
  const job = await service.job(actor, upload.importId);
  if (job.state !== 'done') throw new ApiError(500, 'import-failed');
  const refusals: ImportRefusal[] = [];
  for (let after = 0; ;) {
    const page = await service.refusals(actor, upload.importId, after, 1000);
    refusals.push(...page.refusals);
    if (page.next === null) break;
    after = page.next;
  }
  return { storeName: store.name, report: { ...job.counts, refusals } };
}

/** The report as the command line prints it, one refusal a line. */
export function reportText(
  r: ImportReport,
  o: { storeName: string; file: string; dryRun: boolean; language: Language },
): string {
  const zh = o.language === 'zh-CN';
  const title = zh
    ? `导入 ${path.basename(o.file)} 到 ${o.storeName}${o.dryRun ? '（试运行，未写入任何内容）' : ''}`
    : `Import of ${path.basename(o.file)} into ${o.storeName}${o.dryRun ? ' (dry run: nothing was written)' : ''}`;
  return [
    title,
    countsSentence(r, o.language),
    ...r.refusals.map((x) => refusalSentence(x, o.language)),
  ].join('\n');
}
