import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError, type Config } from '../config';
import { privateDataDir, privateFile } from '../db/private-files';

export const SECRET_FILE = 'secret.key';
const MIN_SECRET_LENGTH = 32;

/**
 * The server secret the PIN verifiers and enrol codes are keyed with (decision 0008): it never
 * enters the database, so a stolen database alone cannot be brute-forced. FLOORBOOK_SECRET wins;
 * otherwise a random key is made once in DATA_DIR/secret.key, readable by this user only.
 * Several instances on one PostgreSQL must share FLOORBOOK_SECRET: with a key file each, a PIN
 * set through one instance would be refused by the others.
 */
export function loadServerSecret(config: Pick<Config, 'secret' | 'dataDir'>): string {
  if (config.secret !== undefined) return config.secret;
  const file = path.join(config.dataDir, SECRET_FILE);
  privateDataDir(config.dataDir);
  try {
    // 'wx': of two processes starting at once, only one writes; the other reads what it wrote.
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
      throw new ConfigError(
        `The secret key ${file} cannot be written; set DATA_DIR to a writable folder or set FLOORBOOK_SECRET.`,
      );
  }
  let secret: string;
  try {
    privateFile(file);
    secret = fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new ConfigError(`The secret key ${file} cannot be read; check its owner and permissions.`);
  }
  if (secret.length < MIN_SECRET_LENGTH)
    throw new ConfigError(
      `The secret key ${file} is shorter than ${MIN_SECRET_LENGTH} characters; restore it from the backup.`,
    );
  return secret;
}
