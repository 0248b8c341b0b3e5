import { createWriteStream, mkdirSync, rmSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

/** An upload over the size limit. */
export class UploadTooLarge extends Error {}

/**
 * Uploaded files wait in one folder (DATA_DIR/imports), readable by the server's user only, until
 * their import has run: a resumed job reads its file again. A real run's file is removed when it
 * ends; it holds the members' personal data.
 */
export function uploadFiles(dir: string) {
  const fileOf = (id: string) => path.join(dir, `${id}.upload`);
  return {
    fileOf,
    exists: (id: string) => existsSync(fileOf(id)),
    async save(id: string, body: Readable, maxBytes: number): Promise<string> {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = fileOf(id);
      let bytes = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          done(bytes > maxBytes ? new UploadTooLarge() : null, chunk);
        },
      });
      try {
        await pipeline(body, limit, createWriteStream(file, { mode: 0o600 }));
      } catch (err) {
        rmSync(file, { force: true });
        throw err;
      }
      return file;
    },
    remove: (id: string) => rmSync(fileOf(id), { force: true }),
    /** Every file waiting here: its upload's id and when it was last written. */
    waiting(): { id: string; writtenAt: number }[] {
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((f) => f.endsWith('.upload'))
        .map((f) => ({ id: f.slice(0, -'.upload'.length), writtenAt: statSync(path.join(dir, f)).mtimeMs }));
    },
  };
}
export type UploadFiles = ReturnType<typeof uploadFiles>;
