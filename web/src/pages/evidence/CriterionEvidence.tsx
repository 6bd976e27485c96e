import { useState } from 'react';
import { Link } from 'react-router';
import { evidenceApi } from '../../api/evidence';
import type { Evidence } from '../../api/evidence';
import { useI18n } from '../../i18n';
import type { EvidenceId } from '../measurement/autosave';
import { EvidencePicker } from './EvidencePicker';
import { UploadForm } from './UploadForm';
import { Button } from '../../components/Button';

/**
 * The rows of the school's library the measurement editor knows, by id: those its answers link (read by
 * id), chosen or uploaded here. Never the whole library: choosing searches it (EvidencePicker).
 */
export type Library = ReadonlyMap<string, Evidence>;

function EvidenceLink({ evidence }: { evidence: Evidence }) {
  const { t } = useI18n();
  if (evidence.kind === 'link' && evidence.url) {
    return (
      <a href={evidence.url} target="_blank" rel="noopener noreferrer">
        {evidence.title}
        {' '}<span className="visually-hidden">{t('evidence.newTab')}</span>
      </a>
    );
  }
  return <a href={evidenceApi.fileUrl(evidence)}>{evidence.title}</a>;
}

/**
 * The evidence of one criterion in the measurement editor: what is linked (each can be unlinked),
 * a search over the school's library (evidence tagged with this criterion first) and an upload of
 * new evidence tagged with the criterion and linked at once. Every change goes through the answer's
 * autosave (`onChange` with the new list of ids); a row chosen or uploaded is passed to `onKnown`.
 */
export function CriterionEvidence({
  criterionId,
  criterionName,
  organisationId,
  linked,
  library,
  editable,
  onChange,
  onKnown,
}: {
  criterionId: string;
  criterionName: string;
  organisationId: string | number;
  linked: EvidenceId[];
  library: Library;
  editable: boolean;
  onChange: (ids: EvidenceId[]) => void;
  onKnown: (evidence: Evidence) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'none' | 'choose' | 'upload'>('none');
  const prefix = `ev-${criterionId}`;
  const linkedSet = new Set(linked.map(String));

  const toggle = (id: EvidenceId, on: boolean) => {
    const rest = linked.filter((l) => String(l) !== String(id));
    onChange(on ? [...rest, id] : rest);
  };

  const show = (what: 'choose' | 'upload') => {
    const next = open === what ? 'none' : what;
    setOpen(next);
    if (next === 'upload') setTimeout(() => document.getElementById(`${prefix}-upload-file`)?.focus(), 0);
  };

  return (
    <div className="criterion-evidence" data-testid={`evidence-${criterionId}`}>
      <h3 className="criterion-evidence__title">
        {t('evidence.linkedTitle')}
        {' '}<span className="visually-hidden">– {criterionName}</span>
      </h3>
      {linked.length === 0 ? (
        <p className="muted">{t('evidence.noneLinked')}</p>
      ) : (
        <ul className="criterion-evidence__list">
          {linked.map((id) => {
            const evidence = library.get(String(id));
            return (
              <li key={String(id)}>
                {evidence ? <EvidenceLink evidence={evidence} /> : t('evidence.unknownItem', { id: String(id) })}
                {editable && (
                  <Button variant="secondary" size="small" onClick={() => toggle(id, false)}>
                    {t('evidence.unlink')}
                    {' '}<span className="visually-hidden">{evidence?.title ?? String(id)}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {editable && (
        <div className="actions">
          <Button variant="secondary" size="small" aria-expanded={open === 'choose'} aria-controls={open === 'choose' ? `${prefix}-choose` : undefined} onClick={() => show('choose')}>
            {t('evidence.chooseButton')}
            {' '}<span className="visually-hidden">– {criterionName}</span>
          </Button>
          <Button
            id={`${prefix}-upload-toggle`}
            variant="secondary"
            size="small"
            aria-expanded={open === 'upload'} aria-controls={open === 'upload' ? `${prefix}-upload-box` : undefined} onClick={() => show('upload')}>
            {t('evidence.uploadButton')}
            {' '}<span className="visually-hidden">– {criterionName}</span>
          </Button>
        </div>
      )}

      {editable && open === 'choose' && (
        <div id={`${prefix}-choose`} className="criterion-evidence__chooser">
          <EvidencePicker
            id={`${prefix}-pick`}
            organisationId={organisationId}
            legend={t('evidence.chooseLegend', { name: criterionName })}
            criterionId={criterionId}
            chosen={linkedSet}
            onToggle={(evidence, on) => {
              if (on && evidence.kind) onKnown(evidence as Evidence);
              toggle(evidence.id, on);
            }}
            emptyText={t('evidence.libraryEmpty')}
          />
          <p>
            <Link to={`/schools/${encodeURIComponent(String(organisationId))}/evidence`}>{t('evidence.libraryLink')}</Link>
          </p>
        </div>
      )}

      {editable && open === 'upload' && (
        <div id={`${prefix}-upload-box`} className="criterion-evidence__upload">
          <UploadForm
            prefix={`${prefix}-upload`}
            organisationId={organisationId}
            framework={null}
            fixedCriteria={[criterionId]}
            onUploaded={(evidence) => {
              onKnown(evidence);
              toggle(evidence.id, true);
              setOpen('none');
              setTimeout(() => document.getElementById(`${prefix}-upload-toggle`)?.focus(), 0);
            }}
            onCancel={() => setOpen('none')}
          />
        </div>
      )}
    </div>
  );
}
