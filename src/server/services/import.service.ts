import type { Readable } from 'node:stream';
import { v7 as uuidv7 } from 'uuid';
import {
  MAX_IMPORT_BYTES,
  type ImportCounts,
  type ImportJob,
  type ImportPreview,
  type ImportRefusalPage,
  type ImportSettings,
  type ImportStart,
  type ImportUpload,
} from '../../shared/schemas/import.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { StaffId } from '../../shared/schemas/ids.schema';
import type { Db } from '../db/handle';
import { ApiError } from '../http/api-error';
import { auditLine, type AuditActor } from '../audit/audit-line';
import { inStoreTransaction } from '../repositories/sync-tx';
import type { StoredImportJob } from '../repositories/import.repository';
import type { PokeBus } from '../sync/poke-bus';
import { sniffFile, UnreadableFile, type FileShape } from '../import/read-file';
import { dataRows, readTop, SAMPLE_ROWS } from '../import/file-table';
import { headerKey, suggestMapping } from '../import/headers';
import { checkRow, heldValues, type RowCheck } from '../import/row-check';
import { earlierLine, indexFile } from '../import/file-index';
import { planRow } from '../import/plan';
import { uploadFiles, UploadTooLarge } from '../import/upload-files';
import type { SourceRow } from '../import/read-file';
import { importBatch } from './import-batch';
import type { ServiceDeps } from './service-deps';

/** Rows a batch commits together: a crash loses at most one batch, which is then done again. */
export const IMPORT_BATCH_ROWS = 1000;
/**
 * How long an uploaded file waits for its import: a file never started, or kept after a dry run
 * for an import never run, holds members' personal data and is removed after this.
 */
export const UPLOAD_KEPT_MS = 24 * 3_600_000;
const JOB_REFUSALS_SHOWN = 200;

/** The file as the upload read it, kept with the job. */
interface StoredShape {
  shape: FileShape;
  headerLine: number;
  headers: string[];
}

/** The manager (or, from the command line, the owner) an import acts for. */
export type ImportActor = AuditActor & { staffId: string };

class Stopping extends Error {}

/**
 * Imports (decision 0017): the upload read and its mapping proposed, a preview, and jobs run one
 * at a time in the background, each batch committed with its progress so a job stopped by a
 * crash resumes after its last committed batch.
 */
export function importService(
  deps: ServiceDeps & { readonly db: Db; readonly importDir: string; readonly pokes?: PokeBus },
) {
  const { data, clock } = deps;
  const files = uploadFiles(deps.importDir);
  let queue: Promise<void> = Promise.resolve();
  let stopping = false;
  // Uploads still being saved or read: their file is there before their job is.
  const arriving = new Set<string>();

  async function jobOf(storeId: string, id: string): Promise<StoredImportJob> {
    const job = await data.imports.find(storeId, id);
    if (!job) throw new ApiError(404, 'not-found');
    return job;
  }

  async function rowContext(storeId: string) {
    const staff = await data.staff.activeOfStore(storeId);
    const staffByName = new Map<string, StaffId>();
    for (const s of staff) if (!staffByName.has(s.name)) staffByName.set(s.name, s.id as StaffId);
    const { rules } = await data.storeSettings.of(storeId);
    return { staffByName, rules };
  }

  function enqueue(job: StoredImportJob, actor: ImportActor): Promise<void> {
    queue = queue.then(() => run(job, actor)).catch(() => undefined);
    return queue;
  }

  async function run(job: StoredImportJob, actor: ImportActor): Promise<void> {
    const settings = job.settings;
    if (!settings) return;
    const { shape, headerLine } = JSON.parse(job.shape) as StoredShape;
    const path = files.fileOf(job.id);
    try {
      const { staffByName, rules } = await rowContext(job.storeId);
      const check = (row: SourceRow): RowCheck =>
        checkRow(row.line, row.cells, settings.mapping, { staffByName });
      let counts = job.counts;
      let rowsDone = job.rowsDone;
      let cursorLine = job.cursorLine;
      const index = await indexFile(dataRows(path, shape, headerLine), check, (n) =>
        data.imports.saveProgress(job.id, {
          phase: 'reading',
          rowsTotal: null,
          rowsDone: n,
          cursorLine,
          counts,
        }),
      );
      const cards = await data.imports.liveCards(job.storeId);
      const ctx = {
        jobId: job.id,
        staffId: actor.staffId as StaffId,
        settings,
        rules,
        index,
        cards,
        write: !job.dryRun,
      };
      let batch: { line: number; check: RowCheck }[] = [];
      const flush = async () => {
        if (stopping) throw new Stopping();
        const lastLine = batch.at(-1)?.line ?? cursorLine;
        const done = rowsDone + batch.length;
        const committed = await inStoreTransaction(deps.db, job.storeId, clock(), async (tx) => {
          const result = await importBatch(tx, ctx, batch);
          const next = addCounts(counts, result.counts);
          await tx.imports.saveProgress(
            job.id,
            {
              phase: 'writing',
              rowsTotal: index.rowsTotal,
              rowsDone: done,
              cursorLine: lastLine,
              counts: next,
            },
            result.refusals,
          );
          await tx.saveClock();
          return next;
        });
        if (!committed) throw new Error('store gone');
        counts = committed;
        rowsDone = done;
        cursorLine = lastLine;
        batch = [];
        if (ctx.write) deps.pokes?.publish(job.storeId);
      };
      for await (const row of dataRows(path, shape, headerLine)) {
        if (row.line <= cursorLine) continue;
        batch.push({ line: row.line, check: check(row) });
        if (batch.length >= IMPORT_BATCH_ROWS) await flush();
      }
      await flush();
      const now = clock();
      await data.inTransaction(async (tx) => {
        await tx.imports.finish(job.id, { state: 'done' }, now);
        await tx.audit.append([importAudit(actor, job, counts, now)], now);
      });
      if (!job.dryRun) files.remove(job.id);
    } catch (err) {
      if (err instanceof Stopping) return;
      await data.imports.finish(job.id, { state: 'failed', error: 'import-failed' }, clock());
      if (!job.dryRun) files.remove(job.id);
      throw err;
    }
  }

  /**
   * Remove the files that waited longer than UPLOAD_KEPT_MS: a job never started fails as
   * `import-gone` (its screen asks for the file again); a dry run keeps its report. A file with no
   * job (a server stopped while reading it) goes too. A running job's file always stays.
   */
  async function sweep(): Promise<void> {
    const now = clock();
    for (const file of files.waiting()) {
      if (arriving.has(file.id)) continue;
      const job = await data.imports.ofId(file.id);
      if (job?.state === 'running') continue;
      const since = job ? (job.finishedAt ?? job.createdAt) : file.writtenAt;
      if (now - since < UPLOAD_KEPT_MS) continue;
      files.remove(file.id);
      if (job?.state === 'uploaded')
        await data.imports.finish(job.id, { state: 'failed', error: 'import-gone' }, now);
    }
  }

  async function view(job: StoredImportJob): Promise<ImportJob> {
    return {
      id: job.id,
      fileName: job.fileName,
      state: job.state,
      dryRun: job.dryRun,
      duplicates: job.duplicates,
      phase: job.phase,
      rowsDone: job.rowsDone,
      rowsTotal: job.rowsTotal,
      counts: job.counts,
      refusals: await data.imports.refusals(job.id, 0, JOB_REFUSALS_SHOWN),
      error: job.error,
      createdAt: job.createdAt,
      finishedAt: job.finishedAt,
    };
  }

  return {
    /** Keep the file, read its top, and propose a mapping: the store's remembered choices first. */
    async upload(actor: ImportActor, fileName: string, body: Readable): Promise<ImportUpload> {
      await sweep();
      const id = uuidv7();
      arriving.add(id);
      let path: string;
      try {
        path = await files.save(id, body, MAX_IMPORT_BYTES);
      } catch (err) {
        arriving.delete(id);
        if (err instanceof UploadTooLarge) throw new ApiError(413, 'import-too-large');
        throw err;
      }
      try {
        const shape = sniffFile(path);
        const top = await readTop(path, shape);
        if (!top || top.sample.length === 0) throw new ApiError(400, 'import-empty');
        const remembered = await data.imports.mapping(actor.storeId);
        const proposed = suggestMapping(top.header.headers, remembered);
        const stored: StoredShape = { shape, headerLine: top.header.line, headers: top.header.headers };
        await data.imports.create({
          id,
          storeId: actor.storeId,
          staffId: actor.staffId,
          deviceId: actor.deviceId,
          fileName,
          shape: JSON.stringify(stored),
          now: clock(),
        });
        return {
          importId: id,
          fileName,
          format: shape.format,
          encoding: shape.encoding,
          separator: shape.separator,
          headerLine: top.header.line,
          headers: top.header.headers,
          mapping: proposed.mapping,
          remembered: proposed.remembered,
          sample: top.sample,
        };
      } catch (err) {
        files.remove(id);
        if (err instanceof UnreadableFile) throw new ApiError(400, 'import-unreadable');
        // exceljs and csv-parse throw on a broken zip or a quote never closed.
        if (!(err instanceof ApiError)) throw new ApiError(400, 'import-unreadable');
        throw err;
      } finally {
        arriving.delete(id);
      }
    },

    /** The first rows as the import would take them; nothing is written. */
    async preview(actor: ImportActor, id: string, settings: ImportSettings): Promise<ImportPreview> {
      const job = await jobOf(actor.storeId, id);
      if (!files.exists(id)) throw new ApiError(409, 'import-gone');
      const { shape, headerLine } = JSON.parse(job.shape) as StoredShape;
      const ctx = await rowContext(actor.storeId);
      const checked: { line: number; check: RowCheck; cells: string[] }[] = [];
      for await (const row of dataRows(files.fileOf(id), shape, headerLine)) {
        checked.push({
          line: row.line,
          check: checkRow(row.line, row.cells, settings.mapping, ctx),
          cells: row.cells,
        });
        if (checked.length >= SAMPLE_ROWS) break;
      }
      const firstByPhone = new Map<string, number>();
      const firstByCard = new Map<string, number>();
      for (const { line, check } of checked) {
        if (!check.ok) continue;
        if (!firstByPhone.has(check.row.fields.phone)) firstByPhone.set(check.row.fields.phone, line);
        const card = check.row.fields.cardNo;
        if (card !== undefined && !firstByCard.has(card)) firstByCard.set(card, line);
      }
      const phones = checked.flatMap(({ check }) => (check.ok ? [check.row.fields.phone] : []));
      const roster = await data.imports.liveByPhones(actor.storeId, phones);
      const cards = await data.imports.liveCards(actor.storeId);
      const owners = checked.flatMap(({ check }) => {
        const owner =
          check.ok && check.row.fields.cardNo !== undefined ? cards.get(check.row.fields.cardNo) : undefined;
        return owner === undefined ? [] : [owner];
      });
      const byId = new Map<string, MemberRecord>(
        (await data.imports.liveById(actor.storeId, owners)).map((m) => [m.id, m]),
      );
      const rows: ImportPreview['rows'] = checked.map(({ line, check, cells }) => {
        if (!check.ok)
          return {
            line,
            outcome: 'refuse',
            refusal: check.refusal,
            values: heldValues(cells, settings.mapping),
          };
        const first = earlierLine(check.row, { firstByPhone, firstByCard });
        if (first !== null)
          return {
            line,
            outcome: 'refuse',
            refusal: { line, reason: 'duplicate-in-file', firstLine: first },
            values: check.row.shown,
          };
        const byPhone = roster.find((m) => m.fields.phone === check.row.fields.phone);
        const cardOwner =
          check.row.fields.cardNo === undefined ? undefined : cards.get(check.row.fields.cardNo);
        const byCard = cardOwner === undefined ? undefined : byId.get(cardOwner);
        const plan = planRow(check.row, byPhone, byCard, settings.duplicates);
        return plan.outcome === 'refuse'
          ? { line, outcome: 'refuse', refusal: plan.refusal, values: check.row.shown }
          : { line, outcome: plan.outcome, values: check.row.shown };
      });
      return { rows };
    },

    /** Start a dry run or the import itself; the mapping is remembered for the store's next file. */
    async start(actor: ImportActor, id: string, request: ImportStart): Promise<ImportJob> {
      const job = await jobOf(actor.storeId, id);
      if (job.state === 'running') throw new ApiError(409, 'import-running');
      if (job.state !== 'uploaded' && !job.dryRun) throw new ApiError(409, 'import-done');
      if (!files.exists(id)) throw new ApiError(409, 'import-gone');
      const { headers } = JSON.parse(job.shape) as StoredShape;
      const remembered: Record<string, ImportSettings['mapping'][number]> = Object.fromEntries(
        await data.imports.mapping(actor.storeId),
      );
      headers.forEach((h, col) => {
        const key = headerKey(h);
        if (key !== '') remembered[key] = request.mapping[col] ?? null;
      });
      await data.imports.rememberMapping(actor.storeId, remembered, clock());
      const settings: ImportSettings = { mapping: request.mapping, duplicates: request.duplicates };
      await data.imports.start(id, settings, request.dryRun);
      const started = await jobOf(actor.storeId, id);
      void enqueue(started, actor);
      return view(started);
    },

    async job(actor: Pick<ImportActor, 'storeId'>, id: string): Promise<ImportJob> {
      return view(await jobOf(actor.storeId, id));
    },

    async refusals(
      actor: Pick<ImportActor, 'storeId'>,
      id: string,
      after: number,
      limit: number,
    ): Promise<ImportRefusalPage> {
      await jobOf(actor.storeId, id);
      const refusals = await data.imports.refusals(id, after, limit);
      return { refusals, next: refusals.length === limit ? (refusals.at(-1)?.line ?? null) : null };
    },

    /** Wait for the jobs queued so far (the command line runs one and waits). */
    idle: (): Promise<void> => queue,

    /** Jobs a stopped server left running go on from their last committed batch. */
    async resumeInterrupted(): Promise<void> {
      for (const job of await data.imports.running()) {
        if (!files.exists(job.id)) {
          await data.imports.finish(job.id, { state: 'failed', error: 'import-gone' }, clock());
          continue;
        }
        void enqueue(job, { storeId: job.storeId, deviceId: job.deviceId, staffId: job.staffId });
      }
    },

    sweep,

    /** Stop between batches (the server closes): the job stays running, to resume at the next start. */
    async stop(): Promise<void> {
      stopping = true;
      await queue;
    },
  };
}

export type ImportService = ReturnType<typeof importService>;

function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  return {
    rowsRead: a.rowsRead + b.rowsRead,
    imported: a.imported + b.imported,
    updated: a.updated + b.updated,
    merged: a.merged + b.merged,
    skipped: a.skipped + b.skipped,
    refused: a.refused + b.refused,
  };
}

/** Who imported which file, and the counts: never a row's data (decision 0008). */
function importAudit(actor: ImportActor, job: StoredImportJob, counts: ImportCounts, now: number) {
  return auditLine(actor, 'import', now, {
    detail: { fileName: job.fileName, dryRun: job.dryRun, ...counts },
  });
}
