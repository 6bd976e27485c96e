import { useEffect, useRef, useState } from 'react';
import type { Evidence } from '../../api/evidence';
import { useI18n } from '../../i18n';
import type { Framework } from '../framework/normalise';
import { DetailsForm } from './DetailsForm';
import { UploadForm } from './UploadForm';
import { Button } from '../../components/Button';

type Open = 'file' | 'link' | null;

/** The field a form's focus goes to when it opens. */
const FIRST_FIELD: Record<'file' | 'link', string> = { file: 'upload-file', link: 'link-title' };

/**
 * Adding evidence on the library page, on demand: two buttons (a file, a link); each opens its form in
 * place of the buttons and moves the focus to its first field. Cancel, or adding it, closes the form
 * and puts the focus back on the button that opened it; the page reports what was added.
 */
export function AddEvidence({
  organisationId,
  framework,
  onAdded,
}: {
  organisationId: string;
  framework: Framework | null;
  onAdded: (evidence: Evidence) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  // Where the focus goes once the form has opened or closed (null: leave it).
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  }, [open]);

  const show = (kind: 'file' | 'link') => {
    focusNext.current = FIRST_FIELD[kind];
    setOpen(kind);
  };
  const close = () => {
    focusNext.current = open === 'link' ? 'evidence-add-link' : 'evidence-add-file';
    setOpen(null);
  };
  const added = (evidence: Evidence) => {
    close();
    onAdded(evidence);
  };

  return (
    <div className="evidence-add" data-testid="evidence-add">
      {open === null && (
        <div className="actions evidence-add__buttons">
          <Button id="evidence-add-file" onClick={() => show('file')}>
            {t('evidence.uploadTitle')}
          </Button>
          <Button id="evidence-add-link" variant="secondary" onClick={() => show('link')}>
            {t('evidence.linkTitle')}
          </Button>
        </div>
      )}
      {open === 'file' && (
        <section className="card evidence-add__form" aria-labelledby="evidence-upload">
          <h2 id="evidence-upload">{t('evidence.uploadTitle')}</h2>
          <UploadForm prefix="upload" organisationId={organisationId} framework={framework} onUploaded={added} onCancel={close} />
        </section>
      )}
      {open === 'link' && (
        <section className="card evidence-add__form" aria-labelledby="evidence-link">
          <h2 id="evidence-link">{t('evidence.linkTitle')}</h2>
          <DetailsForm prefix="link" organisationId={organisationId} framework={framework} onSaved={added} onCancel={close} />
        </section>
      )}
    </div>
  );
}
