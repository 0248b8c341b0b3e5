import { z } from 'zod';
import { plainText } from './text.schema';

/*
 * The import API (decision 0017). A manager uploads a file, checks the column mapping and a
 * preview, then starts a job (a dry run or the real thing) and polls it:
 *
 *   POST /api/imports?name=<file name>   body: the file's bytes (application/octet-stream)  → 201 ImportUpload
 *   POST /api/imports/:id/preview        body: ImportSettings                                 → 200 ImportPreview
 *   POST /api/imports/:id/start          body: ImportStart                                    → 202 ImportJob
 *   GET  /api/imports/:id                                                                     → 200 ImportJob
 *   GET  /api/imports/:id/refusals?after=<line>&limit=<n>                                     → 200 ImportRefusalPage
 *
 * Every call needs the enrolled tablet's bearer token and a manager's (or owner's) staff session,
 * like the export. Refusals carry a reason code; the sentence in each language is in
 * src/shared/domain/import-reasons.ts, so the tablet and the command line say the same.
 */

/** What a column of the file can be read as. Sizes are one field per size category. */
export const ImportField = z.enum([
  'name',
  'phone',
  'cardNo',
  'gender',
  'birthday',
  'email',
  'address',
  'job',
  'size.tops',
  'size.bottoms',
  'size.dresses',
  'size.shoes',
  'size.outerwear',
  'size.accessories',
  /** The owning associate, by her staff name. */
  'owner',
  /** Spend before Floorbook, in yuan: an opening purchase. */
  'totalSpend',
  /** Points balance before Floorbook: an opening points entry. */
  'points',
  'notes',
]);
export type ImportField = z.infer<typeof ImportField>;

/** One entry per column of the file, in column order: the field it fills, or null to leave it out. */
export const ImportMapping = z
  .array(ImportField.nullable())
  .max(200)
  .refine(
    (m) => {
      const used = m.filter((f) => f !== null);
      return new Set(used).size === used.length;
    },
    { message: 'field-twice' },
  )
  .refine((m) => m.includes('name') && m.includes('phone'), { message: 'name-and-phone' });
export type ImportMapping = z.infer<typeof ImportMapping>;

/**
 * What to do with a row whose phone or card number is already a member's: `skip` it, `update`
 * her with every value the row has, or `merge`: fill only the fields she has empty.
 */
export const DuplicateChoice = z.enum(['merge', 'skip', 'update']);
export type DuplicateChoice = z.infer<typeof DuplicateChoice>;

export const ImportFormat = z.enum(['csv', 'xlsx']);
export const ImportEncoding = z.enum(['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be']);
export type ImportEncoding = z.infer<typeof ImportEncoding>;
export const ImportSeparator = z.enum([',', '\t', ';']);
export type ImportSeparator = z.infer<typeof ImportSeparator>;

/** Why a row was refused; the sentences are in domain/import-reasons.ts. */
export const ImportReason = z.enum([
  'name-missing',
  'name-invalid',
  'phone-missing',
  'phone-invalid',
  'card-invalid',
  'card-taken',
  'gender-invalid',
  'birthday-invalid',
  'email-invalid',
  'text-invalid',
  'spend-invalid',
  'points-invalid',
  'owner-unknown',
  /** The same phone or card number on an earlier line of the file (`firstLine`). */
  'duplicate-in-file',
  /** Its card number is one member's and its phone another's: which one is meant is unclear. */
  'phone-taken',
]);
export type ImportReason = z.infer<typeof ImportReason>;

export const ImportRefusal = z.strictObject({
  /** The line in the file (1-based, as a spreadsheet numbers its rows; the header is a line too). */
  line: z.int().min(1),
  reason: ImportReason,
  /** The field whose value was refused, when one was. */
  field: ImportField.optional(),
  /** For `duplicate-in-file`: the earlier line holding the same phone or card number. */
  firstLine: z.int().min(1).optional(),
});
export type ImportRefusal = z.infer<typeof ImportRefusal>;

/**
 * Counts add up: rowsRead = imported + updated + merged + skipped + refused. Blank rows, the
 * title rows above the header and the header itself are not rows read.
 */
export const ImportCounts = z.strictObject({
  rowsRead: z.int().min(0),
  imported: z.int().min(0),
  updated: z.int().min(0),
  merged: z.int().min(0),
  skipped: z.int().min(0),
  refused: z.int().min(0),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** The report: the command line's `--json` prints exactly this. */
export const ImportReport = ImportCounts.extend({ refusals: z.array(ImportRefusal) });
export type ImportReport = z.infer<typeof ImportReport>;

/** 201 answer to an upload: what was read of the file, and the mapping proposed for it. */
export const ImportUpload = z.strictObject({
  importId: z.uuid(),
  fileName: z.string(),
  format: ImportFormat,
  /** CSV only. */
  encoding: ImportEncoding.nullable(),
  separator: ImportSeparator.nullable(),
  /** The line holding the headers (title rows above it are skipped). */
  headerLine: z.int().min(1),
  headers: z.array(z.string()),
  /** Proposed: remembered from this store's last import where the header is the same, else recognised. */
  mapping: z.array(ImportField.nullable()),
  /** Columns whose proposal came from the store's last import rather than recognition. */
  remembered: z.array(z.boolean()),
  /** The first rows as read (cells normalised, not yet checked), for the mapping screen. */
  sample: z.array(z.strictObject({ line: z.int().min(1), cells: z.array(z.string()) })),
});
export type ImportUpload = z.infer<typeof ImportUpload>;

export const ImportSettings = z.strictObject({
  mapping: ImportMapping,
  duplicates: DuplicateChoice,
});
export type ImportSettings = z.infer<typeof ImportSettings>;

export const ImportStart = ImportSettings.extend({ dryRun: z.boolean() });
export type ImportStart = z.infer<typeof ImportStart>;

export const RowOutcome = z.enum(['import', 'update', 'merge', 'skip', 'refuse']);
export type RowOutcome = z.infer<typeof RowOutcome>;

/**
 * A previewed row: what the import would make of it. Values are as they would be stored; a row
 * refused by its own values shows what its cells held instead.
 */
export const ImportPreviewRow = z.strictObject({
  line: z.int().min(1),
  outcome: RowOutcome,
  refusal: ImportRefusal.optional(),
  values: z.partialRecord(ImportField, z.string()),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportPreview = z.strictObject({ rows: z.array(ImportPreviewRow) });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportState = z.enum(['uploaded', 'running', 'done', 'failed']);
export type ImportState = z.infer<typeof ImportState>;

/**
 * A job as polled. `phase` 'reading' checks the whole file first (rowsTotal null until it is
 * counted); 'writing' commits it in batches. A dry run's counts say what a real run would do.
 */
export const ImportJob = z.strictObject({
  id: z.uuid(),
  fileName: z.string(),
  state: ImportState,
  dryRun: z.boolean(),
  duplicates: DuplicateChoice.nullable(),
  phase: z.enum(['reading', 'writing']).nullable(),
  rowsDone: z.int().min(0),
  rowsTotal: z.int().min(0).nullable(),
  counts: ImportCounts,
  /** The first refusals (up to 200); the rest through the refusals endpoint. */
  refusals: z.array(ImportRefusal),
  /** Set when state is 'failed': an API error code. */
  error: z.string().nullable(),
  createdAt: z.int(),
  finishedAt: z.int().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportRefusalPage = z.strictObject({
  refusals: z.array(ImportRefusal),
  /** Pass as `after` for the next page; null at the end. */
  next: z.int().nullable(),
});
export type ImportRefusalPage = z.infer<typeof ImportRefusalPage>;

export const ImportUploadQuery = z.strictObject({ name: plainText(200).pipe(z.string().min(1)) });
export const ImportRefusalQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** Largest file accepted: 100,000 rows of a wide sheet, with room to spare. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
