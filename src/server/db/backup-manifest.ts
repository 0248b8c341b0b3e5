import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Written last into every backup folder: what the backup holds, so a restore can prove it whole. */
export const MANIFEST_FILE = 'manifest.json';

const ManifestFile = z.object({
  path: z.string().min(1),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const BackupManifest = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  /** The newest migration the copied database has had: a restore refuses one newer than its build. */
  schema: z.string(),
  files: z.array(ManifestFile).min(1),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

// A database may be gigabytes: hashed a megabyte at a time, never read whole into memory.
function sha256(file: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, chunk); n > 0; n = fs.readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Every file under `folder` but the manifest, as paths relative to it with '/' between parts. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== MANIFEST_FILE)
    .sort();
}

export function writeManifest(
  folder: string,
  about: { createdAt: Date; appVersion: string; schema: string },
): BackupManifest {
  const manifest: BackupManifest = {
    format: 1,
    createdAt: about.createdAt.toISOString(),
    appVersion: about.appVersion,
    schema: about.schema,
    files: filesUnder(folder).map((f) => {
      const full = path.join(folder, f);
      return { path: f, bytes: fs.statSync(full).size, sha256: sha256(full) };
    }),
  };
  fs.writeFileSync(path.join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: 0o600,
  });
  return manifest;
}

export class ManifestError extends Error {}

/**
 * The backup's manifest, its files checked against it (each present, its size and SHA-256 as
 * written); null for a backup made before manifests existed. Throws a sentence naming what differs.
 */
export function readAndVerifyManifest(folder: string): BackupManifest | null {
  const file = path.join(folder, MANIFEST_FILE);
  if (!fs.existsSync(file)) return null;
  let parsed: z.ZodSafeParseResult<BackupManifest>;
  try {
    parsed = BackupManifest.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    throw new ManifestError(`${file} is not valid JSON: the backup's list of files is damaged.`);
  }
  if (!parsed.success) throw new ManifestError(`${file} is not a Floorbook backup manifest.`);
  for (const entry of parsed.data.files) {
    const full = path.join(folder, ...entry.path.split('/'));
    if (path.relative(folder, full).startsWith('..'))
      throw new ManifestError(`${file} names a file outside the backup (${entry.path}).`);
    if (!fs.existsSync(full))
      throw new ManifestError(`The backup is missing ${entry.path}, which it was made with.`);
    if (fs.statSync(full).size !== entry.bytes || sha256(full) !== entry.sha256)
      throw new ManifestError(
        `${entry.path} in the backup has changed since the backup was made (its checksum differs).`,
      );
  }
  return parsed.data;
}
