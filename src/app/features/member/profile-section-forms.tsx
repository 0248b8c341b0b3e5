import { useTranslation } from 'react-i18next';
import {
  FamilySituation,
  Gender,
  Personality,
  PreferredService,
  PromotionReceptiveness,
  StyleTag,
} from '../../../shared/schemas/member.schema';
import { CheckGroupField } from '../../ui/form/check-group-field';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { HardValues, SoftValues, hardDraftOf, hardEditOf, softDraftOf } from './member-draft';
import { SectionForm, type SectionFormProps } from './section-form';
import { BirthdayFields } from './birthday-fields';
import { SizeFields } from './size-fields';
import { PhoneEditField } from './phone-edit-field';

/** The choices of one of her enums, in words, with "not set" first. */
function useChoices(group: string, options: readonly string[]) {
  const { t } = useTranslation();
  return [
    { value: '', label: t('member.notSet') },
    ...options.map((o) => ({ value: o, label: t(`member.${group}.${o}`) })),
  ];
}

/** Her name, number, birthday, contact details and sizes. */
export function HardSectionForm({ phoneShown, ...props }: SectionFormProps & { phoneShown: boolean }) {
  const { t } = useTranslation();
  const form = useSchemaForm(HardValues, hardDraftOf(props.row.fields, phoneShown));
  return (
    <SectionForm {...props} form={form} schema={HardValues} editOf={hardEditOf}>
      <TextField name="name" label={t('member.fields.name')} />
      <TextField name="preferredName" label={t('member.fields.preferredName')} />
      <SelectField
        name="gender"
        label={t('member.fields.gender')}
        options={Gender.options.map((g) => ({ value: g, label: t(`member.genders.${g}`) }))}
      />
      <PhoneEditField row={props.row} />
      <BirthdayFields />
      <TextField name="email" label={t('member.fields.email')} type="email" />
      <TextField name="address" label={t('member.fields.address')} />
      <SizeFields />
    </SectionForm>
  );
}

/** What she likes and how she is best served. */
export function SoftSectionForm(props: SectionFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(SoftValues, softDraftOf(props.row.fields));
  const families = useChoices('families', FamilySituation.options);
  const personalities = useChoices('personalities', Personality.options);
  const services = useChoices('services', PreferredService.options);
  const receptiveness = useChoices('receptiveness', PromotionReceptiveness.options);
  const list = t('member.listHint');
  return (
    <SectionForm {...props} form={form} schema={SoftValues} editOf={(edit) => edit}>
      <TextField name="job" label={t('member.fields.job')} />
      <SelectField name="family" label={t('member.fields.family')} options={families} />
      <SelectField name="personality" label={t('member.fields.personality')} options={personalities} />
      <CheckGroupField
        name="styles"
        legend={t('member.fields.styles')}
        className="styles"
        options={StyleTag.options.map((s) => ({ value: s, label: t(`member.styles.${s}`) }))}
      />
      <TextField name="hobbies" label={t('member.fields.hobbies')} hint={list} />
      <SelectField name="preferredService" label={t('member.fields.preferredService')} options={services} />
      <SelectField
        name="promotionReceptiveness"
        label={t('member.fields.promotionReceptiveness')}
        options={receptiveness}
      />
      <TextField name="preferences" label={t('member.fields.preferences')} hint={list} />
      <TextField name="dislikes" label={t('member.fields.dislikes')} hint={list} />
      <TextField name="softNotes" label={t('member.fields.softNotes')} />
    </SectionForm>
  );
}
