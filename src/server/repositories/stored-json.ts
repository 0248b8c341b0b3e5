import type { z } from 'zod';

/**
 * Issues that judge a value's content (a length, a pattern, a rule such as "no formula at the
 * start" or "a real day"), not its shape. Those rules guard what staff type now; several came
 * after rows were stored, and a row once accepted stays readable: the export escapes what it
 * writes rather than trusting it (export.test's rewritten names).
 */
const CONTENT_ISSUES: ReadonlySet<string> = new Set([
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'custom',
]);

export class StoredDocumentError extends Error {}

/**
 * A JSON document the database keeps as text (a member record, an event body), read back through
 * its shared schema: its shape, types and kinds are checked, never merely cast. Content rules
 * tightened since it was written are not held against it (CONTENT_ISSUES).
 */
export function readStored<S extends z.ZodType>(schema: S, text: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new StoredDocumentError('a stored document is not JSON');
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const shapeIssue = parsed.error.issues.find((i) => !CONTENT_ISSUES.has(i.code));
  if (shapeIssue)
    throw new StoredDocumentError(`a stored document does not read: ${shapeIssue.path.join('.')}`);
  // Only content rules failed: the shape is the schema's, so the document is that type as stored.
  return json as z.output<S>;
}

/** The same, for reads that skip a document that no longer reads (none should) rather than fail. */
export function readStoredOrNull<S extends z.ZodType>(schema: S, text: string): z.output<S> | null {
  try {
    return readStored(schema, text);
  } catch (err) {
    if (err instanceof StoredDocumentError) return null;
    throw err;
  }
}
