import { describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { plainText } from '../../../shared/schemas/text.schema';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { showRefusal, type Refusal } from './field-error';
import { FormRefusal } from './form-refusal';
import { SchemaForm } from './schema-form';
import { TextField } from './text-field';
import { useSchemaForm } from './use-schema-form';

const Values = z.object({
  name: plainText(40).pipe(z.string().min(1, { message: 'required' })),
  note: plainText(200).optional(),
});

function NoteForm({
  onValid,
  refusal,
}: {
  onValid?: (v: z.output<typeof Values>) => void;
  refusal?: Refusal;
}) {
  const form = useSchemaForm(Values, { name: '', note: '' });
  return (
    <SchemaForm
      form={form}
      schema={Values}
      onValid={(values) => {
        onValid?.(values);
        if (refusal) showRefusal(form.setError, refusal, ['name']);
      }}
    >
      <TextField name="name" label="Name" />
      <TextField name="note" label="Note" hint="Anything she said" />
      <FormRefusal />
      <button type="submit">Save</button>
    </SchemaForm>
  );
}

describe('TextField', () => {
  test('takes its length and whether it must be filled from the schema, and binds its label', () => {
    renderApp(<NoteForm />);
    expect(screen.getByLabelText('Name')).toHaveAttribute('maxlength', '40');
    expect(screen.getByLabelText('Name')).toBeRequired();
    expect(screen.getByLabelText('Note')).toHaveAttribute('maxlength', '200');
    expect(screen.getByLabelText('Note')).not.toBeRequired();
    expect(screen.getByLabelText('Note')).toHaveAccessibleDescription('Anything she said');
  });

  test('names what is wrong beside the field, in the user’s language, and hands over the trimmed values', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    renderApp(<NoteForm onValid={onValid} />, { language: 'en' });
    await user.type(screen.getByLabelText('Note'), '<b>');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Please fill this in');
    expect(screen.getByLabelText('Note')).toHaveAccessibleDescription(
      'May not contain < or > Anything she said',
    );
    expect(onValid).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Name'), '  Lin ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenCalledWith({ name: 'Lin', note: '' });
  });

  test('a refusal of the server lands beside the field it names, announced; one naming none, above', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp(<NoteForm refusal={{ message: 'Taken', field: 'name' }} />);
    await user.type(screen.getByLabelText('Name'), 'Lin');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Taken');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Taken');
    expect(screen.getByLabelText('Name')).toHaveValue('Lin');
    unmount();
    renderApp(<NoteForm refusal={{ message: 'Offline' }} />);
    await user.type(screen.getByLabelText('Name'), 'Lin');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Offline');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'false');
  });
});
