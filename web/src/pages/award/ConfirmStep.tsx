import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n';

/**
 * The second step of an action that cannot be undone (close the round, announce, declare a conflict):
 * the question takes the focus, "yes" does it, "cancel" goes back.
 */
export function ConfirmStep({
  question,
  text,
  yes,
  busy,
  onYes,
  onCancel,
}: {
  question: string;
  text?: string;
  yes: string;
  busy: boolean;
  onYes: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="confirm">
      <p ref={ref} tabIndex={-1}>
        <strong>{question}</strong>
      </p>
      {text && <p>{text}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={onYes} disabled={busy}>
          {yes}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
