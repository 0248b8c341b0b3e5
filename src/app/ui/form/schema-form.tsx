import { createContext, useContext, type FormHTMLAttributes, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

const FormSchema = createContext<z.ZodType | null>(null);

/** The schema of the form a field stands in: where the field reads its own limits. */
export function useFormSchema(): z.ZodType | null {
  return useContext(FormSchema);
}

export interface SchemaFormProps<In extends FieldValues, Out> extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'noValidate'
> {
  form: UseFormReturn<In, unknown, Out>;
  schema: z.ZodType;
  /** Called with the schema's output once every field passes. */
  onValid: (values: Out) => unknown;
  children: ReactNode;
}

/**
 * A `<form>` whose fields are checked by `schema` (the browser's own checks are off: they speak
 * the browser's language, not the user's, and know nothing of the shared rules).
 */
export function SchemaForm<In extends FieldValues, Out>({
  form,
  schema,
  onValid,
  children,
  ...attributes
}: SchemaFormProps<In, Out>) {
  return (
    <FormProvider {...form}>
      <FormSchema.Provider value={schema}>
        <form
          {...attributes}
          noValidate
          onSubmit={(e) => {
            void form.handleSubmit(async (values) => {
              await onValid(values);
            })(e);
          }}
        >
          {children}
        </form>
      </FormSchema.Provider>
    </FormProvider>
  );
}
