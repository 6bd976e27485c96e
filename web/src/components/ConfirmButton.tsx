import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';

/**
 * A button that asks before it acts: the question takes the focus, with "yes" and "cancel" beside it.
 * `label` names the button (it may carry a hidden part saying which item it is about).
 */
export function ConfirmButton({
  label,
  question,
  confirmText,
  onConfirm,
  danger = false,
  small = true,
  text,
  primary = false,
}: {
  label: React.ReactNode;
  question: string;
  confirmText: string;
  onConfirm: () => Promise<void> | void;
  danger?: boolean;
  small?: boolean;
  /** What "yes" entails, under the question (closing the award round cannot be undone). */
  text?: string;
  /** The button that asks is its place's main action, not a secondary one. */
  primary?: boolean;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (asking) ref.current?.focus();
  }, [asking]);

  const size = small ? ' button--small' : '';
  if (!asking) {
    return (
      <button type="button" className={`button${primary ? '' : ' button--secondary'}${size}`} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm">
      <p ref={ref} tabIndex={-1}>
        {question}
      </p>
      {text && <p>{text}</p>}
      <div className="actions actions--tight">
        <button
          type="button"
          className={`button${danger ? ' button--danger' : ''}${size}`}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {confirmText}
        </button>
        <button type="button" className={`button button--secondary${size}`} disabled={busy} onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
