import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './admin.css';

export interface ConfirmDialogProps {
  title: string;
  /** What happens if she goes on, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** False while something must still be done first (a box to tick). */
  canConfirm?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before something that cannot be undone. Cancel holds the focus, so a stray tap or
 * Enter does not confirm; Escape cancels.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy = false,
  canConfirm = true,
  error = null,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="confirm-backdrop">
      <div
        className="card confirm-panel"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="admin-actions">
          <button type="button" className="btn" autoFocus onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" disabled={busy || !canConfirm} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
