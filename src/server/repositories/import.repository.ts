import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, ImportJobsTable } from '../db/schema';
import { MemberRecord } from '../../shared/schemas/member.schema';
import {
  ImportCounts,
  ImportField,
  ImportRefusal,
  ImportSettings,
  type ImportJob,
} from '../../shared/schemas/import.schema';
import { readStored } from './stored-json';

export interface StoredImportJob extends Omit<ImportJob, 'refusals'> {
  storeId: string;
  staffId: string;
  deviceId: string | null;
  /** JSON of the file's shape (import/read-file.ts), read by the service. */
  shape: string;
  settings: ImportSettings | null;
  cursorLine: number;
}

export interface ImportProgress {
  phase: 'reading' | 'writing';
  rowsTotal: number | null;
  rowsDone: number;
  cursorLine: number;
  counts: ImportCounts;
}

const RememberedHeaders = z.record(z.string(), ImportField.nullable());
const CHUNK = 200;

function jobOf(row: ImportJobsTable): StoredImportJob {
  const settings = row.settings === null ? null : readStored(ImportSettings, row.settings);
  return {
    id: row.id,
    storeId: row.store_id,
    staffId: row.staff_id,
    deviceId: row.device_id,
    fileName: row.file_name,
    shape: row.shape,
    state: row.state,
    dryRun: row.dry_run === 1,
    duplicates: settings?.duplicates ?? null,
    settings,
    phase: row.phase,
    rowsDone: row.rows_done,
    rowsTotal: row.rows_total,
    cursorLine: row.cursor_line,
    counts: readStored(ImportCounts, row.counts),
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export const NO_COUNTS: ImportCounts = {
  rowsRead: 0,
  imported: 0,
  updated: 0,
  merged: 0,
  skipped: 0,
  refused: 0,
};

/** Import jobs, their refusals, the store's remembered mapping, and the roster lookups an import makes. */
export function importRepository(db: Kysely<Database>) {
  /** Live members whose phone or id is one of `values`, read a chunk at a time, earliest card first. */
  async function liveWhere(
    column: 'phone' | 'id',
    storeId: string,
    values: readonly string[],
  ): Promise<MemberRecord[]> {
    const out: MemberRecord[] = [];
    for (let i = 0; i < values.length; i += CHUNK) {
      const rows = await db
        .selectFrom('members')
        .select('record')
        .where('store_id', '=', storeId)
        .where('state', '=', 'live')
        .where(column, 'in', values.slice(i, i + CHUNK))
        .orderBy('created_hlc')
        .execute();
      for (const r of rows) if (r.record !== null) out.push(readStored(MemberRecord, r.record));
    }
    return out;
  }

  return {
    async create(job: {
      id: string;
      storeId: string;
      staffId: string;
      deviceId: string | null;
      fileName: string;
      shape: string;
      now: number;
    }): Promise<void> {
      await db
        .insertInto('import_jobs')
        .values({
          id: job.id,
          store_id: job.storeId,
          staff_id: job.staffId,
          device_id: job.deviceId,
          file_name: job.fileName,
          shape: job.shape,
          state: 'uploaded',
          dry_run: 0,
          settings: null,
          phase: null,
          rows_total: null,
          rows_done: 0,
          cursor_line: 0,
          counts: JSON.stringify(NO_COUNTS),
          error: null,
          created_at: job.now,
          finished_at: null,
        })
        .execute();
    },

    async find(storeId: string, id: string): Promise<StoredImportJob | undefined> {
      const row = await db
        .selectFrom('import_jobs')
        .selectAll()
        .where('id', '=', id)
        .where('store_id', '=', storeId)
        .executeTakeFirst();
      return row && jobOf(row);
    },

    /** A job of any store: the sweep of old uploads is the server's, not a store's. */
    async ofId(id: string): Promise<StoredImportJob | undefined> {
      const row = await db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && jobOf(row);
    },

    /** Jobs a server stopped in the middle of (a crash, a restart): to resume. */
    async running(): Promise<StoredImportJob[]> {
      const rows = await db.selectFrom('import_jobs').selectAll().where('state', '=', 'running').execute();
      return rows.map(jobOf);
    },

    /** Start a run afresh: its earlier dry run's counts and refusals go. */
    async start(id: string, settings: ImportSettings, dryRun: boolean): Promise<void> {
      await db.deleteFrom('import_refusals').where('job_id', '=', id).execute();
      await db
        .updateTable('import_jobs')
        .set({
          state: 'running',
          dry_run: dryRun ? 1 : 0,
          settings: JSON.stringify(settings),
          phase: 'reading',
          rows_total: null,
          rows_done: 0,
          cursor_line: 0,
          counts: JSON.stringify(NO_COUNTS),
          error: null,
          finished_at: null,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Progress and the batch's refusals; inside the batch's transaction, so they commit with its rows. */
    async saveProgress(
      id: string,
      p: ImportProgress,
      refusals: readonly ImportRefusal[] = [],
    ): Promise<void> {
      await db
        .updateTable('import_jobs')
        .set({
          phase: p.phase,
          rows_total: p.rowsTotal,
          rows_done: p.rowsDone,
          cursor_line: p.cursorLine,
          counts: JSON.stringify(p.counts),
        })
        .where('id', '=', id)
        .execute();
      for (let i = 0; i < refusals.length; i += CHUNK)
        await db
          .insertInto('import_refusals')
          .values(
            refusals.slice(i, i + CHUNK).map((r) => ({
              job_id: id,
              line: r.line,
              reason: r.reason,
              field: r.field ?? null,
              first_line: r.firstLine ?? null,
            })),
          )
          .execute();
    },

    async finish(
      id: string,
      outcome: { state: 'done' | 'failed'; error?: string },
      now: number,
    ): Promise<void> {
      await db
        .updateTable('import_jobs')
        .set({ state: outcome.state, error: outcome.error ?? null, phase: null, finished_at: now })
        .where('id', '=', id)
        .execute();
    },

    /** Refusals in line order after `after`, at most `limit`. */
    async refusals(id: string, after: number, limit: number): Promise<ImportRefusal[]> {
      const rows = await db
        .selectFrom('import_refusals')
        .select(['line', 'reason', 'field', 'first_line'])
        .where('job_id', '=', id)
        .where('line', '>', after)
        .orderBy('line')
        .limit(limit)
        .execute();
      return rows.map((r) =>
        ImportRefusal.parse({
          line: r.line,
          reason: r.reason,
          ...(r.field !== null && { field: r.field }),
          ...(r.first_line !== null && { firstLine: r.first_line }),
        }),
      );
    },

    /** The store's remembered choices, by header key. */
    async mapping(storeId: string): Promise<Map<string, ImportField | null>> {
      const row = await db
        .selectFrom('import_mappings')
        .select('headers')
        .where('store_id', '=', storeId)
        .executeTakeFirst();
      return new Map(row ? Object.entries(readStored(RememberedHeaders, row.headers)) : []);
    },

    async rememberMapping(storeId: string, headers: Record<string, ImportField | null>, now: number) {
      const text = JSON.stringify(headers);
      await db
        .insertInto('import_mappings')
        .values({ store_id: storeId, headers: text, updated_at: now })
        .onConflict((oc) => oc.column('store_id').doUpdateSet({ headers: text, updated_at: now }))
        .execute();
    },

    /** Live members holding any of these phones, earliest card first. */
    liveByPhones: (storeId: string, phones: readonly string[]) => liveWhere('phone', storeId, phones),

    liveById: (storeId: string, ids: readonly string[]) => liveWhere('id', storeId, ids),

    /** Every live member's card number: the card numbers are inside the stored record, not a column. */
    async liveCards(storeId: string): Promise<Map<string, string>> {
      const cards = new Map<string, string>();
      for (let after = ''; ;) {
        const rows = await db
          .selectFrom('members')
          .select(['id', 'record'])
          .where('store_id', '=', storeId)
          .where('state', '=', 'live')
          .where('id', '>', after)
          .orderBy('id')
          .limit(2000)
          .execute();
        for (const r of rows)
          if (r.record !== null) cards.set(readStored(MemberRecord, r.record).fields.cardNo, r.id);
        const last = rows.at(-1);
        if (!last || rows.length < 2000) return cards;
        after = last.id;
      }
    },
  };
}
export type ImportRepository = ReturnType<typeof importRepository>;
