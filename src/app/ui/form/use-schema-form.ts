import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { invalidReason } from '../../../shared/schemas/invalid-reason';

/**
 * A form checked by one of the shared zod schemas, the same the server checks with. A rule
 * refused comes back as an `InvalidReason` code, never as zod's English, for the field to put
 * in the user's language; submitting hands over the schema's output (trimmed, normalised).
 */
export function useSchemaForm<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema, { error: (issue) => invalidReason(issue as z.core.$ZodIssue) }),
    defaultValues,
  });
}
