import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { useI18n } from '../../i18n';

/**
 * The second step of a form whose action cannot be undone (announce the winners, declare a conflict):
 * the question takes the focus, "yes" does it, "cancel" goes back to the form. Not ConfirmButton: here
 * the form's own submit asks, once its fields pass the checks, and the server's refusal goes back to the
 * form with its errors.
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
        <Button onClick={onYes} disabled={busy}>
          {yes}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
