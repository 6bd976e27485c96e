import { useState } from 'react';
import { evidenceApi } from '../../api/evidence';
import type { Evidence } from '../../api/evidence';
import { formatMoment, isoMoment } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { Framework } from '../framework/normalise';
import { criterionLabel } from './CriteriaPicker';
import { DetailsForm } from './DetailsForm';
import { formatSize } from './evidenceLogic';
import { Button, ButtonAnchor } from '../../components/Button';

/** PDF and images open in the browser (`?inline=1`); other files are only downloaded. */
export function opensInline(contentType: string | null): boolean {
  return contentType === 'application/pdf' || (contentType ?? '').startsWith('image/');
}

/** The id of an item's edit and remove buttons: the focus returns there. */
export const editButtonId = (id: string | number) => `evidence-${id}-edit`;
export const removeButtonId = (id: string | number) => `evidence-${id}-remove`;

/** One piece of evidence in the library: what it is, its criteria, and (for the school) edit and remove. */
export function EvidenceItem({
  evidence,
  framework,
  canWrite,
  editing,
  onEdit,
  onSaved,
  onRemoved,
  onFailed,
}: {
  evidence: Evidence;
  framework: Framework | null;
  canWrite: boolean;
  editing: boolean;
  onEdit: (on: boolean) => void;
  onSaved: (evidence: Evidence) => void;
  onRemoved: (evidence: Evidence) => void;
  onFailed: (message: string) => void;
}) {
  const { t, language } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = String(evidence.id);
  const headingId = `evidence-${id}-heading`;

  const remove = async () => {
    setBusy(true);
    try {
      await evidenceApi.remove(evidence.id);
      onRemoved(evidence);
    } catch (error) {
      onFailed(generalMessage(t, error));
      setBusy(false);
    }
  };

  const cancelRemove = () => {
    setConfirming(false);
    setTimeout(() => document.getElementById(removeButtonId(id))?.focus(), 0);
  };

  return (
    <article className="card evidence-item" aria-labelledby={headingId} data-evidence-id={id}>
      <h3 id={headingId}>{evidence.title}</h3>
      {evidence.description && <p className="preserve-lines">{evidence.description}</p>}
      <dl className="facts evidence-item__facts">
        <div>
          <dt>{t('evidence.kind')}</dt>
          <dd>
            {evidence.kind === 'file' ? t('evidence.kindFile') : t('evidence.kindLink')}
            {evidence.kind === 'file' && evidence.fileName && <span className="evidence-item__name"> ({evidence.fileName})</span>}
          </dd>
        </div>
        {evidence.kind === 'file' && (
          <div>
            <dt>{t('evidence.size')}</dt>
            <dd>{formatSize(evidence.size, language)}</dd>
          </div>
        )}
        {evidence.kind === 'link' && evidence.url && (
          <div>
            <dt>{t('evidence.url')}</dt>
            <dd className="evidence-item__url">{evidence.url}</dd>
          </div>
        )}
        <div>
          <dt>{t('evidence.criteria')}</dt>
          <dd>
            {evidence.criterionIds.length === 0 ? (
              t('evidence.noCriteria')
            ) : (
              <ul className="evidence-item__criteria">
                {evidence.criterionIds.map((c) => (
                  <li key={c}>{criterionLabel(framework, c, language)}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('evidence.added')}</dt>
          <dd>
            {t('evidence.addedBy', { person: evidence.createdByName ?? t('measurement.someone') })}{' '}
            <time dateTime={isoMoment(evidence.createdAt)}>{formatMoment(evidence.createdAt, language)}</time>
          </dd>
        </div>
      </dl>

      <div className="actions">
        {evidence.kind === 'file' && (
          <>
            <ButtonAnchor variant="secondary" size="small" href={evidenceApi.fileUrl(evidence)} data-testid="download">
              {t('evidence.download')}
              {' '}<span className="visually-hidden">{evidence.title}</span>
            </ButtonAnchor>
            {opensInline(evidence.contentType) && (
              <ButtonAnchor variant="secondary" size="small" href={evidenceApi.fileUrl(evidence, true)} target="_blank" rel="noopener noreferrer">
                {t('evidence.open')}
                {' '}
                <span className="visually-hidden">
                  {evidence.title} {t('evidence.newTab')}
                </span>
              </ButtonAnchor>
            )}
          </>
        )}
        {evidence.kind === 'link' && evidence.url && (
          <ButtonAnchor variant="secondary" size="small" href={evidence.url} target="_blank" rel="noopener noreferrer">
            {t('evidence.openLink')}
            {' '}
            <span className="visually-hidden">
              {evidence.title} {t('evidence.newTab')}
            </span>
          </ButtonAnchor>
        )}
        {canWrite && !editing && !confirming && (
          <>
            <Button id={editButtonId(id)} variant="secondary" size="small" onClick={() => onEdit(true)}>
              {t('evidence.edit')}
              {' '}<span className="visually-hidden">{evidence.title}</span>
            </Button>
            <Button id={removeButtonId(id)} variant="secondary" size="small" onClick={() => setConfirming(true)}>
              {t('evidence.remove')}
              {' '}<span className="visually-hidden">{evidence.title}</span>
            </Button>
          </>
        )}
      </div>

      {confirming && (
        <div className="confirm" role="group" aria-labelledby={`evidence-${id}-confirm`}>
          <p id={`evidence-${id}-confirm`}>
            <strong>{t('evidence.confirmRemove', { title: evidence.title })}</strong>
          </p>
          <div className="actions">
            {/* The remove button that asked is gone: the focus moves to the question's answer. */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
            <Button variant="danger" autoFocus disabled={busy} onClick={() => void remove()}>
              {t('evidence.yesRemove')}
            </Button>
            <Button variant="secondary" onClick={cancelRemove}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}

      {editing && (
        <div className="evidence-item__edit">
          <h4 id={`evidence-${id}-edit-title`}>{t('evidence.editTitle', { title: evidence.title })}</h4>
          <DetailsForm
            prefix={`edit-${id}`}
            organisationId={evidence.organisationId}
            framework={framework}
            existing={evidence}
            onSaved={onSaved}
            onCancel={() => onEdit(false)}
          />
        </div>
      )}
    </article>
  );
}
