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
import './member-page.css';

export const NOTICE_VERSION = '2026-01';

type Problem =
  { field: 'name' | 'phone' | 'consent' | 'form'; message: string } | { field: 'taken'; memberId: string };

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
  const [calendar, setCalendar] = useState<'solar' | 'lunar'>('solar');
  const [month, setMonth] = useState('');
  const [day, setDay] = useState('');
  const [sizes, setSizes] = useState<Partial<Record<SizeCategory, string>>>({});
  const [keepRecord, setKeepRecord] = useState(false);
  const [marketing, setMarketing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyForm(name !== '' || phone !== '');

  async function submit() {
    const normalised = normalisePhone(phone);
    if (name.trim() === '') return setProblem({ field: 'name', message: t('member.purchase.required') });
    if (!normalised) return setProblem({ field: 'phone', message: t('member.signUp.badPhone') });
    if (!keepRecord) return setProblem({ field: 'consent', message: t('member.signUp.consentRecordWhy') });
    if (!staff) return;
    setSaving(true);
    let cardNo = newCardNumber(Math.random);
    while (await cardTaken(cardNo)) cardNo = newCardNumber(Math.random);
    const m = Number(month);
    const d = Number(day);
    const fields: MemberFields = {
      cardNo,
      name: name.trim(),
      gender,
      phone: normalised,
      birthday:
        m >= 1 && m <= 12 && d >= 1 && d <= (calendar === 'lunar' ? 30 : 31)
          ? { calendar, month: m, day: d }
          : null,
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
    if (r.error.code === 'phone-taken') return setProblem({ field: 'taken', memberId: r.error.memberId });
    return setProblem({ field: 'form', message: commandErrorText(t, r.error) });
  }

  const error = (field: 'name' | 'phone' | 'consent') =>
    problem?.field === field ? (
      <span id={`${id}-${field}-error`} className="error-text">
        {problem.message}
      </span>
    ) : null;
  const described = (field: 'name' | 'phone' | 'consent') =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};

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
        <fieldset className="birthday">
          <legend>{t('member.fields.birthday')}</legend>
          <label>
            {t('member.signUp.calendar')}
            <select value={calendar} onChange={(e) => setCalendar(e.target.value as 'solar' | 'lunar')}>
              <option value="solar">{t('member.signUp.solarCalendar')}</option>
              <option value="lunar">{t('member.signUp.lunarCalendar')}</option>
            </select>
          </label>
          <label>
            {t('member.signUp.month')}
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={12}
              value={month}
              onChange={(e) => setMonth(e.target.value)}
            />
          </label>
          <label>
            {t('member.signUp.day')}
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={31}
              value={day}
              onChange={(e) => setDay(e.target.value)}
            />
          </label>
        </fieldset>
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
        {problem?.field === 'consent' && (
          <p id={`${id}-consent-error`} className="error-text" role="alert">
            {problem.message}
          </p>
        )}
      </fieldset>
      {problem?.field === 'taken' && (
        <p className="error-text" role="alert">
          {t('member.signUp.phoneTaken')}{' '}
          <Link to={`/members/${problem.memberId}`}>{t('member.signUp.openExisting')}</Link>
        </p>
      )}
      {problem?.field === 'form' && (
        <p className="error-text" role="alert">
          {problem.message}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={saving}>
        {t('member.signUp.submit')}
      </button>
    </form>
  );
}
