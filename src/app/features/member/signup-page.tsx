import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Gender, SizeCategory, type MemberFields } from '../../../shared/schemas/member.schema';
import { normalisePhone } from '../../../shared/domain/phone';
import { newCardNumber } from '../../../shared/domain/card-number';
import { useCurrentStaff } from '../../state/current-staff';
import { useDirtyForm } from '../../state/use-dirty-form';
import { useCardNumberTaken, useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { birthdayDraftOf, birthdayOfDraft } from './birthday-draft';
import { BirthdayFields } from './birthday-fields';
import './member-page.css';

export const NOTICE_VERSION = '2026-01';

type Field = 'name' | 'phone' | 'birthday' | 'consent';
/** What is wrong with each field, all at once; or why the whole form was refused. */
type Problems = Partial<Record<Field, string>>;
type Refusal = { kind: 'form'; message: string } | { kind: 'taken'; memberId: string };

/** 开卡 at the sign-up table, filled in with the customer; her consent is asked for separately for each use. */
export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const commands = useCommands();
  const cardTaken = useCardNumberTaken();
  const staff = useCurrentStaff();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [gender, setGender] = useState<MemberFields['gender']>('female');
  const [birthday, setBirthday] = useState(() => birthdayDraftOf(null));
  const [sizes, setSizes] = useState<Partial<Record<SizeCategory, string>>>({});
  const [keepRecord, setKeepRecord] = useState(false);
  const [marketing, setMarketing] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyForm(name !== '' || phone !== '');

  async function submit() {
    const normalised = normalisePhone(phone);
    const born = birthdayOfDraft(birthday);
    const found: Problems = {
      ...(name.trim() === '' && { name: t('member.nameRequired') }),
      ...(!normalised && { phone: t('member.signUp.badPhone') }),
      ...('bad' in born && { birthday: t(`member.invalid.${born.bad}`) }),
      ...(!keepRecord && { consent: t('member.signUp.consentRecordWhy') }),
    };
    setProblems(found);
    setRefusal(null);
    if (!normalised || 'bad' in born || Object.keys(found).length > 0 || !staff) return;
    setSaving(true);
    let cardNo = newCardNumber(Math.random);
    while (await cardTaken(cardNo)) cardNo = newCardNumber(Math.random);
    const fields: MemberFields = {
      cardNo,
      name: name.trim(),
      gender,
      phone: normalised,
      birthday: born.birthday,
      email: null,
      address: null,
      sizes: Object.fromEntries(Object.entries(sizes).filter(([, v]) => v.trim() !== '')),
      job: null,
      family: null,
      personality: null,
      styles: [],
      hobbies: [],
      preferredService: null,
      promotionReceptiveness: null,
      preferences: [],
      dislikes: [],
      softNotes: null,
      ownerStaffId: staff.id,
      consent: {
        record: true,
        marketing,
        noticeVersion: NOTICE_VERSION,
        language: i18n.language === 'en' ? 'en' : 'zh-CN',
        at: Date.now(),
        staffId: staff.id,
      },
    };
    const r = await (await commands()).signUpMember({ fields });
    setSaving(false);
    if (r.ok) return navigate(`/members/${r.value.memberId}`, { replace: true });
    if (r.error.code === 'phone-taken') return setRefusal({ kind: 'taken', memberId: r.error.memberId });
    return setRefusal({ kind: 'form', message: commandErrorText(t, r.error) });
  }

  const error = (field: Field) =>
    problems[field] === undefined ? null : (
      <span id={`${id}-${field}-error`} className="error-text">
        {problems[field]}
      </span>
    );
  const described = (field: Field) =>
    problems[field] === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` };

  return (
    <form
      className="card signup"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h1 id={`${id}-title`}>{t('member.signUp.title')}</h1>
      <p className="hint">{t('member.signUp.lead')}</p>
      <div className="signup-grid">
        <div className="form-field">
          <label>
            {t('member.signUp.name')}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={40}
              autoComplete="off"
              {...described('name')}
            />
          </label>
          {error('name')}
        </div>
        <div className="form-field">
          <label>
            {t('member.signUp.phone')}
            <input
              type="tel"
              inputMode="tel"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              {...described('phone')}
            />
          </label>
          {error('phone')}
        </div>
        <label>
          {t('member.fields.gender')}
          <select value={gender} onChange={(e) => setGender(e.target.value as MemberFields['gender'])}>
            {Gender.options.map((g) => (
              <option key={g} value={g}>
                {t(`member.genders.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <BirthdayFields
          value={birthday}
          onChange={setBirthday}
          error={problems.birthday ?? null}
          errorId={`${id}-birthday-error`}
        />
        <fieldset className="sizes">
          <legend>{t('member.fields.sizes')}</legend>
          {SizeCategory.options.map((c) => (
            <label key={c}>
              {t(`member.sizeCategories.${c}`)}
              <input
                value={sizes[c] ?? ''}
                maxLength={12}
                onChange={(e) => setSizes((s) => ({ ...s, [c]: e.target.value }))}
              />
            </label>
          ))}
        </fieldset>
      </div>
      <fieldset className="consent">
        <label className="check">
          <input
            type="checkbox"
            checked={keepRecord}
            onChange={(e) => setKeepRecord(e.target.checked)}
            {...described('consent')}
          />
          {t('member.signUp.consentRecord')}
        </label>
        <p className="hint">{t('member.signUp.consentRecordWhy')}</p>
        <label className="check">
          <input type="checkbox" checked={marketing} onChange={(e) => setMarketing(e.target.checked)} />
          {t('member.signUp.consentMarketing')}
        </label>
        {problems.consent !== undefined && (
          <p id={`${id}-consent-error`} className="error-text" role="alert">
            {problems.consent}
          </p>
        )}
      </fieldset>
      {refusal?.kind === 'taken' && (
        <p className="error-text" role="alert">
          {t('member.signUp.phoneTaken')}{' '}
          <Link to={`/members/${refusal.memberId}`}>{t('member.signUp.openExisting')}</Link>
        </p>
      )}
      {refusal?.kind === 'form' && (
        <p className="error-text" role="alert">
          {refusal.message}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={saving}>
        {t('member.signUp.submit')}
      </button>
    </form>
  );
}
