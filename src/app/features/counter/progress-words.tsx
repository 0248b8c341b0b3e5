import type { Progress } from '../../../shared/domain/counter/progress';
import { useCounterTranslation } from '../../i18n/counter-messages';
import { percent } from './format';

/**
 * A figure's progress as a bar and in words: the words say what the colour says (met, or how
 * much is left), so nobody needs to tell green from red.
 */
export function ProgressWords({
  label,
  progress,
  show,
  counting = false,
}: {
  label: string;
  progress: Progress;
  show: (value: number) => string;
  /** The figure is still being counted: its target alone, no bar that would read as 0 %. */
  counting?: boolean;
}) {
  const { t, i18n } = useCounterTranslation();
  const { fraction, target, actual, met } = progress;
  if (target === null) return <p className="counter-progress-words">{t('counter.progress.noTarget')}</p>;
  if (counting)
    return <p className="counter-progress-words">{t('counter.target', { target: show(target) })}</p>;
  const shown = fraction ?? (met ? 1 : 0);
  const words = met
    ? t('counter.progress.met', { percent: percent(shown, i18n.language) })
    : t('counter.progress.short', {
        percent: percent(shown, i18n.language),
        left: show(Math.max(0, target - actual)),
      });
  return (
    <>
      <div
        className={`counter-bar ${met ? 'is-met' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(Math.min(1, shown) * 100)}
        aria-valuetext={words}
      >
        <span style={{ width: `${Math.min(1, shown) * 100}%` }} />
      </div>
      <p className="counter-progress-words">
        <span aria-hidden="true">{met ? '✓ ' : ''}</span>
        {words}
      </p>
    </>
  );
}
