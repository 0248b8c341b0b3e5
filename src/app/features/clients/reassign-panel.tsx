import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberId, StaffId } from '../../../shared/schemas/ids.schema';
import { countsByReceiver, shareOutEvenly } from '../../../shared/domain/share-out';
import { useKeepTranslation } from '../../i18n/keep-messages';
import { commandErrorText } from '../member/command-error';
import type { StaffOption } from './staff-options';
import { useReassign } from './use-reassign';

/**
 * Manager: hand members to other associates, all to one or shared out evenly, with progress for
 * thousands and undo once done. `members` is what moves (the ticked ones, or the whole book).
 */
export function ReassignPanel({
  members,
  selected,
  from,
  staff,
  onMoved,
}: {
  members: readonly MemberId[];
  /** Whether `members` are the ticked ones rather than the whole book (only the wording changes). */
  selected: boolean;
  from: StaffId | null;
  staff: readonly StaffOption[];
  onMoved: () => void;
}) {
  const { t } = useKeepTranslation();
  const { t: tApp } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'one' | 'evenly'>('one');
  const [to, setTo] = useState<StaffId | ''>('');
  const [among, setAmong] = useState<StaffId[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const { state, move, undo } = useReassign();
  const others = staff.filter((s) => s.id !== from);
  const receivers =
    mode === 'one' ? (to === '' ? [] : [to]) : others.map((s) => s.id).filter((s) => among.includes(s));
  // By id, so the same book always splits the same way (and the preview is what happens).
  const ordered = [...members].sort();
  const counts = countsByReceiver(shareOutEvenly(ordered, receivers), receivers);
  const busy = state.kind === 'moving' || state.kind === 'undoing';

  const start = () => {
    if (receivers.length === 0) return setProblem(t('keep.reassign.needReceiver'));
    setProblem(null);
    void move(shareOutEvenly(ordered, receivers).map((m) => ({ memberId: m.member, to: m.to }))).then(
      onMoved,
    );
  };

  return (
    <section className="card reassign" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keep.reassign.title')}</h2>
      <p className="hint">{t('keep.reassign.lead')}</p>
      <p>
        <strong>
          {selected
            ? t('keep.reassign.scopeSelected', { count: members.length })
            : t('keep.reassign.scopeAll', { count: members.length })}
        </strong>
      </p>
      <fieldset className="reassign-mode" disabled={busy}>
        <legend>{t('keep.reassign.mode')}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'one'} onChange={() => setMode('one')} />
          {t('keep.reassign.toOne')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'evenly'}
            onChange={() => setMode('evenly')}
          />
          {t('keep.reassign.evenly')}
        </label>
      </fieldset>
      {mode === 'one' ? (
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('keep.reassign.receiver')}</label>
          <select
            id={`${id}-to`}
            value={to}
            disabled={busy}
            onChange={(e) => setTo(e.target.value as StaffId | '')}
          >
            <option value="">{t('keep.reassign.chooseReceiver')}</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}（{tApp(`roles.${s.role}`)}）
              </option>
            ))}
          </select>
        </div>
      ) : (
        <fieldset className="reassign-among" disabled={busy}>
          <legend>{t('keep.reassign.receivers')}</legend>
          {others.map((s) => {
            const at = receivers.indexOf(s.id);
            return (
              <label key={s.id}>
                <input
                  type="checkbox"
                  checked={among.includes(s.id)}
                  onChange={(e) =>
                    setAmong((list) => (e.target.checked ? [...list, s.id] : list.filter((x) => x !== s.id)))
                  }
                />
                {at >= 0 && members.length > 0
                  ? t('keep.reassign.split', { name: s.name, count: counts[at] ?? 0 })
                  : s.name}
              </label>
            );
          })}
        </fieldset>
      )}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <Progress state={state} />
      <Outcome state={state} onUndo={(moved) => void undo(moved).then(onMoved)} />
      <button
        type="button"
        className="btn btn-primary"
        onClick={start}
        disabled={busy || members.length === 0}
      >
        {t('keep.reassign.start')}
      </button>
    </section>
  );
}

function Progress({ state }: { state: ReturnType<typeof useReassign>['state'] }) {
  const { t } = useKeepTranslation();
  if (state.kind !== 'moving' && state.kind !== 'undoing') return null;
  const words = state.kind === 'moving' ? 'keep.reassign.moving' : 'keep.reassign.undoing';
  return (
    <div className="reassign-progress">
      <progress max={state.total} value={state.done} aria-label={t('keep.reassign.progressLabel')} />
      <p role="status">{t(words, { done: state.done, total: state.total })}</p>
    </div>
  );
}

function Outcome({
  state,
  onUndo,
}: {
  state: ReturnType<typeof useReassign>['state'];
  onUndo: (moved: Extract<typeof state, { kind: 'moved' }>['moved']) => void;
}) {
  const { t } = useKeepTranslation();
  const { t: tApp } = useTranslation();
  if (state.kind === 'moved') {
    return (
      <div className="reassign-outcome" role="status">
        <p className={state.failure ? 'error-text' : 'notice'}>
          {state.failure
            ? t('keep.reassign.stopped', {
                reason: commandErrorText(tApp, state.failure),
                count: state.moved.length,
              })
            : t('keep.reassign.done', { count: state.moved.length })}
        </p>
        {state.moved.length > 0 && (
          <button type="button" className="btn" onClick={() => onUndo(state.moved)}>
            {t('keep.reassign.undo')}
          </button>
        )}
      </div>
    );
  }
  if (state.kind === 'undone')
    return (
      <p className={state.failure ? 'error-text' : 'notice'} role="status">
        {t('keep.reassign.undone', { count: state.count })}
      </p>
    );
  return null;
}
