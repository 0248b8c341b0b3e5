import { ImportMapping, type ImportField } from '../../../shared/schemas/import.schema';

export type MappingProblem = { kind: 'name-and-phone' } | { kind: 'field-twice'; field: ImportField };

/**
 * What keeps a mapping from being sent, by the rules the server checks it with (ImportMapping),
 * said before the server would: the field chosen for two columns, or no column for name or phone.
 */
export function mappingProblem(mapping: readonly (ImportField | null)[]): MappingProblem | null {
  const issue = ImportMapping.safeParse(mapping).error?.issues[0];
  if (issue === undefined) return null;
  const twice = mapping.find((f, i) => f !== null && mapping.indexOf(f) !== i);
  return issue.message === 'field-twice' && twice
    ? { kind: 'field-twice', field: twice }
    : { kind: 'name-and-phone' };
}
