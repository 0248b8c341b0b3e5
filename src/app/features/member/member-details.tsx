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
  type MemberFieldName,
  type MemberFields,
} from '../../../shared/schemas/member.schema';
import { normalisePhone } from '../../../shared/domain/phone';
import { formatLunar } from '../../../shared/domain/birthday';
import type { MemberRow } from '../../db/floorbook-db';
import { useDirtyForm } from '../../state/use-dirty-form';
import { useCommands } from './use-member';
import { MemberPhone } from './member-phone';
import { commandErrorText } from './command-error';

type Section = 'hard' | 'soft';
type Draft = Record<string, string | string[]>;

const list = (text: string | string[]) =>
  (Array.isArray(text) ? text : text.split(/[,，、]/)).map((s) => s.trim()).filter((s) => s !== '');

/** Her hard and soft profile, each section edited in place; a bad entry keeps what was typed. */
export function MemberDetails({ row }: { row: MemberRow }) {
  const { t, i18n } = useTranslation();
  const f = row.fields;
  const none = t('member.notSet');
  const pick = (group: string, v: string | null) => (v === null ? none : t(`member.${group}.${v}`));
  const birthday = f.birthday
    ? f.birthday.calendar === 'lunar'
      ? formatLunar(f.birthday, i18n.language === 'en' ? 'en' : 'zh-CN')
      : t('member.birthday.solar', { month: f.birthday.month, day: f.birthday.day })
    : none;
  const sizes = SizeCategory.options
    .filter((c) => f.sizes[c])
    .map((c) => `${t(`member.sizeCategories.${c}`)} ${f.sizes[c] ?? ''}`)
    .join('，');
  return (
    <>
      <EditableSection section="hard" row={row} title={t('member.hard')}>
        <Item label={t('member.fields.gender')}>{t(`member.genders.${f.gender}`)}</Item>
        <Item label={t('member.fields.phone')}>
          {/* Keyed by member: a reveal lasts for this profile view only. */}
          <MemberPhone key={row.id} memberId={row.id} phone={f.phone} />
        </Item>
        <Item label={t('member.fields.birthday')}>{birthday}</Item>
        <Item label={t('member.fields.email')}>{f.email ?? none}</Item>
        <Item label={t('member.fields.address')}>{f.address ?? none}</Item>
        <Item label={t('member.fields.sizes')}>{sizes || none}</Item>
      </EditableSection>
      <EditableSection section="soft" row={row} title={t('member.soft')}>
        <Item label={t('member.fields.job')}>{f.job ?? none}</Item>
        <Item label={t('member.fields.family')}>{pick('families', f.family)}</Item>
        <Item label={t('member.fields.personality')}>{pick('personalities', f.personality)}</Item>
        <Item label={t('member.fields.styles')}>
          {f.styles.map((s) => t(`member.styles.${s}`)).join('、') || none}
        </Item>
        <Item label={t('member.fields.hobbies')}>{f.hobbies.join('、') || none}</Item>
        <Item label={t('member.fields.preferredService')}>{pick('services', f.preferredService)}</Item>
        <Item label={t('member.fields.promotionReceptiveness')}>
          {pick('receptiveness', f.promotionReceptiveness)}
        </Item>
        <Item label={t('member.fields.preferences')}>{f.preferences.join('、') || none}</Item>
        <Item label={t('member.fields.dislikes')}>{f.dislikes.join('、') || none}</Item>
        <Item label={t('member.fields.softNotes')}>{f.softNotes ?? none}</Item>
      </EditableSection>
    </>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function draftOf(f: MemberFields, section: Section): Draft {
  if (section === 'hard')
    return {
      name: f.name,
      gender: f.gender,
      phone: f.phone,
      email: f.email ?? '',
      address: f.address ?? '',
      ...Object.fromEntries(SizeCategory.options.map((c) => [`size.${c}`, f.sizes[c] ?? ''])),
    };
  return {
    job: f.job ?? '',
    family: f.family ?? '',
    personality: f.personality ?? '',
    styles: [...f.styles],
    hobbies: f.hobbies.join('，'),
    preferredService: f.preferredService ?? '',
    promotionReceptiveness: f.promotionReceptiveness ?? '',
    preferences: f.preferences.join('，'),
    dislikes: f.dislikes.join('，'),
    softNotes: f.softNotes ?? '',
  };
}

/** The edit a draft asks for, or the field that is wrong. */
function editOf(d: Draft, section: Section): { edit: Partial<MemberFields> } | { bad: MemberFieldName } {
  const text = (k: string) => String(d[k] ?? '').trim();
  const orNull = (k: string) => (text(k) === '' ? null : text(k));
  if (section === 'hard') {
    const phone = normalisePhone(text('phone'));
    if (text('name') === '') return { bad: 'name' };
    if (!phone) return { bad: 'phone' };
    const sizes = Object.fromEntries(
      SizeCategory.options.flatMap((c) => (text(`size.${c}`) === '' ? [] : [[c, text(`size.${c}`)]])),
    );
    return {
      edit: {
        name: text('name'),
        gender: Gender.parse(text('gender')),
        phone,
        email: orNull('email'),
        address: orNull('address'),
        sizes,
      },
    };
  }
  const opt = <T extends string>(k: string, allowed: readonly T[]) =>
    allowed.includes(text(k) as T) ? (text(k) as T) : null;
  return {
    edit: {
      job: orNull('job'),
      family: opt('family', FamilySituation.options),
      personality: opt('personality', Personality.options),
      styles: list(d.styles ?? []).filter((s): s is MemberFields['styles'][number] =>
        (StyleTag.options as readonly string[]).includes(s),
      ),
      hobbies: list(d.hobbies ?? ''),
      preferredService: opt('preferredService', PreferredService.options),
      promotionReceptiveness: opt('promotionReceptiveness', PromotionReceptiveness.options),
      preferences: list(d.preferences ?? ''),
      dislikes: list(d.dislikes ?? ''),
      softNotes: orNull('softNotes'),
    },
  };
}

function EditableSection({
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
  const [draft, setDraft] = useState<Draft | null>(null);
  const [bad, setBad] = useState<{ field: string; message: string } | null>(null);
  useDirtyForm(draft !== null);
  const set = (k: string, v: string | string[]) => setDraft((d) => (d ? { ...d, [k]: v } : d));
  const headingId = `${section}-title`;

  if (!draft)
    return (
      <section className="card" aria-labelledby={headingId}>
        <div className="card-head">
          <h2 id={headingId}>{title}</h2>
          <button
            type="button"
            className="btn"
            aria-label={`${t('member.edit')} ${title}`}
            onClick={() => setDraft(draftOf(row.fields, section))}
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
          value={String(draft[k] ?? '')}
          onChange={(e) => set(k, e.target.value)}
          aria-invalid={bad?.field === k}
          aria-describedby={bad?.field === k ? `${section}-error` : undefined}
        />
      </label>
      {extra.hint && <span className="hint">{extra.hint}</span>}
      {bad?.field === k && (
        <span id={`${section}-error`} className="error-text">
          {bad.message}
        </span>
      )}
    </div>
  );
  const choice = (k: string, label: string, group: string, options: readonly string[], allowNone = true) => (
    <label key={k}>
      {label}
      <select value={String(draft[k] ?? '')} onChange={(e) => set(k, e.target.value)}>
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
        if ('bad' in out) {
          setBad({
            field: out.bad,
            message: t(out.bad === 'phone' ? 'member.signUp.badPhone' : 'member.purchase.required'),
          });
          return;
        }
        void commands()
          .then((c) => c.editMember(row.id, out.edit))
          .then((r) => {
            if (r.ok) {
              setDraft(null);
              setBad(null);
            } else if (r.error.code === 'invalid')
              setBad({ field: r.error.field ?? '', message: r.error.message });
            else if (r.error.code === 'phone-taken')
              setBad({ field: 'phone', message: t('member.signUp.phoneTaken') });
            else setBad({ field: '', message: commandErrorText(t, r.error) });
          });
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {section === 'hard' ? (
        <>
          {field('name', t('member.fields.name'))}
          {choice('gender', t('member.fields.gender'), 'genders', Gender.options, false)}
          {field('phone', t('member.fields.phone'), { type: 'tel' })}
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
                  checked={(draft.styles as string[]).includes(s)}
                  onChange={(e) => {
                    const now = draft.styles as string[];
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
      {bad && bad.field === '' && (
        <p className="error-text" role="alert">
          {bad.message}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit" className="btn btn-primary">
          {t('member.save')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            setDraft(null);
            setBad(null);
          }}
        >
          {t('member.cancel')}
        </button>
      </div>
    </form>
  );
}
