import { z } from 'zod';

/** What an input can say of a field's schema itself: how long it may be, and whether it must be filled. */
export interface SchemaLimits {
  maxLength?: number;
  required: boolean;
}

/**
 * The limits a field's schema sets, read through its wrappers (a pipe's two sides, nullable,
 * optional), so no form writes a `maxLength` that copies `plainText(n)` and drifts from it.
 */
export function limitsOf(schema: z.ZodType): SchemaLimits {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return { ...limitsOf(schema.unwrap() as z.ZodType), required: false };
  if (schema instanceof z.ZodPipe) {
    const into = limitsOf(schema.in as z.ZodType);
    const out = limitsOf(schema.out as z.ZodType);
    const maxLength = smaller(into.maxLength, out.maxLength);
    return { ...(maxLength !== undefined && { maxLength }), required: into.required || out.required };
  }
  if (schema instanceof z.ZodString)
    return {
      ...(schema.maxLength !== null && { maxLength: schema.maxLength }),
      required: (schema.minLength ?? 0) > 0,
    };
  return { required: false };
}

function smaller(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

/**
 * The schema of one field of a form's schema, by the field's name as react-hook-form writes it
 * (`sizes.tops`, `lines.0.styleNo`); undefined when the name leads nowhere.
 */
export function fieldSchema(form: z.ZodType, name: string): z.ZodType | undefined {
  let at: z.ZodType | undefined = form;
  for (const part of name.split('.')) {
    at = at && inner(at);
    if (at instanceof z.ZodObject) at = (at.shape as Record<string, z.ZodType | undefined>)[part];
    else if (at instanceof z.ZodRecord) at = at.valueType as z.ZodType;
    else if (at instanceof z.ZodArray) at = at.element as z.ZodType;
    else return undefined;
  }
  return at;
}

/** The object, record or array a wrapper holds: what its fields are named in. */
function inner(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return inner(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return inner(schema.in as z.ZodType);
  return schema;
}
