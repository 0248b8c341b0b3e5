import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { Gender, type MemberFields } from '../../../shared/schemas/member.schema';
import { newCardNumber } from '../../../shared/domain/card-number';
import { blankMemberFields } from '../../../shared/domain/blank-member-fields';
import { useCurrentStaff } from '../../state/current-staff';
import { useDirtyForm } from '../../state/use-dirty-form';
import { CheckField } from '../../ui/form/check-field';
import { SchemaForm } from '../../ui/form/schema-form';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { useCardNumberTaken, useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { BirthdayFields } from './birthday-fields';
import { SizeFields } from './size-fields';
import { BLANK_SIGN_UP, SignUpValues } from './signup-values';
import './member-page.css';

export const NOTICE_VERSION = '2026-01';

/** Why the whole form was refused; a number already a member is said beside her number. */
type Refusal = { kind: 'form'; message: string } | { kind: 'taken'; memberId: string };

/** 开卡 at the sign-up table, filled in with the customer; her consent is asked for separately for each use. */
export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const commands = useCommands();
  const cardTaken = useCardNumberTaken();
  const staff = useCurrentStaff();
  const form = useSchemaForm(SignUpValues, BLANK_SIGN_UP);
  const [name, phone] = useWatch({ control: form.control, name: ['name', 'phone'] });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useDirtyForm(name !== '' || phone !== '');

  async function submit(values: z.output<typeof SignUpValues>) {
    setRefusal(null);
    if (!staff) return;
    let cardNo = newCardNumber(Math.random);
    while (await cardTaken(cardNo)) cardNo = newCardNumber(Math.random);
    const fields: MemberFields = {
      ...blankMemberFields(),
      cardNo,
      name: values.name,
      gender: values.gender,
      phone: values.phone,
      birthday: values.birthday,
      sizes: Object.fromEntries(Object.entries(values.sizes).filter(([, v]) => v !== '')),
      ownerStaffId: staff.id,
      consent: {
        record: true,
        marketing: values.marketing,
        noticeVersion: NOTICE_VERSION,
        language: i18n.language === 'en' ? 'en' : 'zh-CN',
        at: Date.now(),
        staffId: staff.id,
      },
    };
    const r = await (await commands()).signUpMember({ fields });
    if (r.ok) return navigate(`/members/${r.value.memberId}`, { replace: true });
    if (r.error.code === 'phone-taken') return setRefusal({ kind: 'taken', memberId: r.error.memberId });
    return setRefusal({ kind: 'form', message: commandErrorText(t, r.error) });
  }

  const taken = refusal?.kind === 'taken' ? refusal.memberId : null;
  return (
    <SchemaForm
      form={form}
      schema={SignUpValues}
      onValid={submit}
      className="card signup"
      aria-labelledby={`${id}-title`}
    >
      <h1 id={`${id}-title`}>{t('member.signUp.title')}</h1>
      <p className="hint">{t('member.signUp.lead')}</p>
      <div className="signup-grid">
        <TextField
          name="name"
          label={t('member.signUp.name')}
          autoComplete="off"
          words={{ required: t('member.nameRequired') }}
        />
        <TextField
          name="phone"
          label={t('member.signUp.phone')}
          type="tel"
          inputMode="tel"
          invalid={taken !== null}
          {...(taken !== null && { describedById: `${id}-taken` })}
        >
          {taken !== null && (
            <p id={`${id}-taken`} className="error-text" role="alert">
              {t('member.signUp.phoneTaken')}{' '}
              <Link to={`/members/${taken}`}>{t('member.signUp.openExisting')}</Link>
            </p>
          )}
        </TextField>
        <SelectField
          name="gender"
          label={t('member.fields.gender')}
          options={Gender.options.map((g) => ({ value: g, label: t(`member.genders.${g}`) }))}
        />
        <BirthdayFields />
        <SizeFields />
      </div>
      <fieldset className="consent">
        <CheckField
          name="keepRecord"
          label={t('member.signUp.consentRecord')}
          words={{ required: t('member.signUp.consentRecordWhy') }}
          announce
        >
          <p className="hint">{t('member.signUp.consentRecordWhy')}</p>
        </CheckField>
        <CheckField name="marketing" label={t('member.signUp.consentMarketing')} />
      </fieldset>
      {refusal?.kind === 'form' && (
        <p className="error-text" role="alert">
          {refusal.message}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
        {t('member.signUp.submit')}
      </button>
    </SchemaForm>
  );
}
