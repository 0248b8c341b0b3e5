import { MAX_IMPORT_BYTES } from '../../../shared/schemas/import.schema';

export type FileProblem = 'empty' | 'too-big' | 'wrong-type';

// By name: tablets report CSV under several types (or none), so the extension is what is reliable.
const IMPORTABLE = /\.(csv|txt|xlsx)$/i;

/** Why a chosen file cannot be sent, before a byte is uploaded; null when it may be. */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  if (!IMPORTABLE.test(file.name)) return 'wrong-type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'too-big';
  return null;
}

export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);
