import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FamilySituation,
  Gender,
  Personality,
  PreferredService,
  PromotionReceptiveness,
  SizeCategory,
  StyleTag,
} from '../../../shared/schemas/member.schema';
import { seesFullPhone, shownPhone } from '../../../shared/domain/phone-privacy';
import type { MemberRow } from '../../db/floorbook-db';
import { useCurrentStaff } from '../../state/current-staff';
import { useDirtyForm } from '../../state/use-dirty-form';
import { useMemberAudit } from '../../tablet/use-audit';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { draftOf, editOf, type Draft, type Problems, type Section } from './member-draft';
import { BirthdayFields } from './birthday-fields';
import { PhoneEditField } from './phone-edit-field';

/** One section of her profile, shown, or edited in place; a bad entry keeps what was typed. */
export function EditableSection({
  section,
  row,
  title,
  children,
}: {
  section: Section;
  row: MemberRow;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const commands = useCommands();
  const audit = useMemberAudit();
  const role = useCurrentStaff()?.role ?? null;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [refused, setRefused] = useState<string | null>(null);
  useDirtyForm(draft !== null);
  const set = (k: string, v: string | string[]) =>
    setDraft((d) => (d ? { ...d, text: { ...d.text, [k]: v } } : d));
  const headingId = `${section}-title`;
  const errorId = (k: string) => `${section}-${k}-error`;
  const problem = (k: string) => {
    const reason = problems[k];
    return reason === undefined ? null : t(`member.invalid.${reason}`);
  };
  const close = () => {
    setDraft(null);
    setProblems({});
    setRefused(null);
  };

  if (!draft)
    return (
      <section className="card" aria-labelledby={headingId}>
        <div className="card-head">
          <h2 id={headingId}>{title}</h2>
          <button
            type="button"
            className="btn"
            aria-label={`${t('member.edit')} ${title}`}
            onClick={() => setDraft(draftOf(row.fields, section, seesFullPhone(role)))}
          >
            {t('member.edit')}
          </button>
        </div>
        <dl className="details">{children}</dl>
      </section>
    );

  const field = (k: string, label: string, extra: { type?: string; hint?: string } = {}) => (
    <div key={k} className="form-field">
      <label>
        {label}
        <input
          type={extra.type ?? 'text'}
          value={String(draft.text[k] ?? '')}
          onChange={(e) => set(k, e.target.value)}
          {...(problem(k) !== null && { 'aria-invalid': true, 'aria-describedby': errorId(k) })}
        />
      </label>
      {extra.hint && <span className="hint">{extra.hint}</span>}
      {problem(k) !== null && (
        <span id={errorId(k)} className="error-text">
          {problem(k)}
        </span>
      )}
    </div>
  );
  const choice = (k: string, label: string, group: string, options: readonly string[], allowNone = true) => (
    <label key={k}>
      {label}
      <select value={String(draft.text[k] ?? '')} onChange={(e) => set(k, e.target.value)}>
        {allowNone && <option value="">{t('member.notSet')}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`member.${group}.${o}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      className="card edit-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const out = editOf(draft, section);
        setRefused(null);
        if ('problems' in out) {
          setProblems(out.problems);
          return;
        }
        setProblems({});
        void commands()
          .then((c) => c.editMember(row.id, out.edit))
          .then((r) => {
            if (r.ok) close();
            else if (r.error.code === 'phone-taken') setRefused(t('member.signUp.phoneTaken'));
            else setRefused(commandErrorText(t, r.error));
          });
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {section === 'hard' ? (
        <>
          {field('name', t('member.fields.name'))}
          {choice('gender', t('member.fields.gender'), 'genders', Gender.options, false)}
          <PhoneEditField
            value={draft.phone}
            masked={shownPhone(row.fields.phone, role)}
            onChange={(phone) => setDraft({ ...draft, phone })}
            onReveal={() => {
              audit('phone.reveal', row.id);
              setDraft({ ...draft, phone: row.fields.phone });
            }}
            error={problem('phone')}
            errorId={errorId('phone')}
          />
          <BirthdayFields
            value={draft.birthday}
            onChange={(birthday) => setDraft({ ...draft, birthday })}
            error={problem('birthday')}
            errorId={errorId('birthday')}
          />
          {field('email', t('member.fields.email'), { type: 'email' })}
          {field('address', t('member.fields.address'))}
          <fieldset className="sizes">
            <legend>{t('member.fields.sizes')}</legend>
            {SizeCategory.options.map((c) => field(`size.${c}`, t(`member.sizeCategories.${c}`)))}
          </fieldset>
        </>
      ) : (
        <>
          {field('job', t('member.fields.job'))}
          {choice('family', t('member.fields.family'), 'families', FamilySituation.options)}
          {choice('personality', t('member.fields.personality'), 'personalities', Personality.options)}
          <fieldset className="styles">
            <legend>{t('member.fields.styles')}</legend>
            {StyleTag.options.map((s) => (
              <label key={s} className="check">
                <input
                  type="checkbox"
                  checked={(draft.text.styles as string[]).includes(s)}
                  onChange={(e) => {
                    const now = draft.text.styles as string[];
                    set('styles', e.target.checked ? [...now, s] : now.filter((x) => x !== s));
                  }}
                />
                {t(`member.styles.${s}`)}
              </label>
            ))}
          </fieldset>
          {field('hobbies', t('member.fields.hobbies'), { hint: t('member.listHint') })}
          {choice(
            'preferredService',
            t('member.fields.preferredService'),
            'services',
            PreferredService.options,
          )}
          {choice(
            'promotionReceptiveness',
            t('member.fields.promotionReceptiveness'),
            'receptiveness',
            PromotionReceptiveness.options,
          )}
          {field('preferences', t('member.fields.preferences'), { hint: t('member.listHint') })}
          {field('dislikes', t('member.fields.dislikes'), { hint: t('member.listHint') })}
          {field('softNotes', t('member.fields.softNotes'))}
        </>
      )}
      {refused !== null && (
        <p className="error-text" role="alert">
          {refused}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit" className="btn btn-primary">
          {t('member.save')}
        </button>
        <button type="button" className="btn" onClick={close}>
          {t('member.cancel')}
        </button>
      </div>
    </form>
  );
}
