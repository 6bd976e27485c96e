import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { Button } from './Button';

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
  disabled = false,
  groupLabel,
  text,
  primary = false,
}: {
  label: React.ReactNode;
  question: string;
  confirmText: string;
  onConfirm: () => Promise<void> | void;
  danger?: boolean;
  small?: boolean;
  /** Holds the button back while something else on the page is being done (one change at a time). */
  disabled?: boolean;
  /** Names the question and its buttons as a group, so a list of rows says which one is asking. */
  groupLabel?: string;
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

  const size = small ? 'small' : 'normal';
  if (!asking) {
    return (
      <Button variant={primary ? 'primary' : 'secondary'} size={size} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm" role={groupLabel ? 'group' : undefined} aria-label={groupLabel}>
      <p ref={ref} tabIndex={-1}>
        {question}
      </p>
      {text && <p>{text}</p>}
      <div className="actions actions--tight">
        <Button
          variant={danger ? 'danger' : 'primary'}
          size={size}
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
        </Button>
        <Button variant="secondary" size={size} disabled={busy} onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
