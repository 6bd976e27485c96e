import type { ChangeEvent } from 'react';
import { ANSWER_LEVELS } from '../../api';
import type { Answer, AnswerLevel } from '../../api';
import { formatMoment } from '../../components/dates';
import { useI18n } from '../../i18n';
import type { Criterion } from '../framework/normalise';
import { pick } from '../framework/normalise';
import { CriterionEvidence } from '../evidence/CriterionEvidence';
import type { Library } from '../evidence/CriterionEvidence';
import type { Evidence } from '../../api/evidence';
import { sameIds } from './autosave';
import type { CriterionSave, EvidenceId } from './autosave';
import { ANSWER_LEVEL_TEXT } from './texts';
import { Button } from '../../components/Button';

export const COMMENT_MAX = 4000;

/** The id of a criterion's first radio button: the error summary links here. */
export function criterionFieldId(criterionId: string): string {
  return `crit-${criterionId}`;
}

function radioId(criterionId: string, level: AnswerLevel, index: number): string {
  return index === 0 ? criterionFieldId(criterionId) : `crit-${criterionId}-${level}`;
}

interface Props {
  criterion: Criterion;
  entry: CriterionSave;
  editable: boolean;
  error?: string;
  onLevel: (level: AnswerLevel) => void;
  onComment: (comment: string) => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onRetry: () => void;
  /** The school whose evidence can be linked; without it the evidence part is not shown. */
  organisationId?: string | number;
  library?: Library;
  onEvidence?: (ids: EvidenceId[]) => void;
  /** A row of the library chosen or uploaded here, so its title shows where it is linked. */
  onKnown?: (evidence: Evidence) => void;
}

const NO_EVIDENCE: Library = new Map();

/** One criterion: its four levels (each with the criterion's descriptor), a comment and the save status. */
export function CriterionField({
  criterion,
  entry,
  editable,
  error,
  onLevel,
  onComment,
  onKeepMine,
  onTakeTheirs,
  onRetry,
  organisationId,
  library = NO_EVIDENCE,
  onEvidence,
  onKnown,
}: Props) {
  const { t, language } = useI18n();
  const id = criterion.id;
  const name = pick(criterion.name, language);
  const errorId = error ? `crit-${id}-error` : undefined;
  const statusId = `crit-${id}-status`;
  const levelName = (level: AnswerLevel | null) => (level ? t(ANSWER_LEVEL_TEXT[level]) : t('measurement.noLevel'));

  return (
    <div className={error ? 'criterion field--error' : 'criterion'} data-criterion={id}>
      <fieldset className="criterion__levels" aria-describedby={errorId}>
        <legend>
          {criterion.code && <span className="criterion__code">{criterion.code} </span>}
          {name}
        </legend>
        {criterion.description && <p className="field__hint">{pick(criterion.description, language)}</p>}
        {error && (
          <p id={errorId} className="field__error">
            {error}
          </p>
        )}
        {ANSWER_LEVELS.map((level, index) => {
          const inputId = radioId(id, level, index);
          const descriptor = criterion.descriptors[level];
          return (
            <div className="level-option" key={level}>
              <input
                type="radio"
                id={inputId}
                name={`level-${id}`}
                value={level}
                checked={entry.draft.level === level}
                disabled={!editable}
                onChange={(e: ChangeEvent<HTMLInputElement>) => e.target.checked && onLevel(level)}
              />
              <label htmlFor={inputId}>
                <span className="level-option__name">{t(ANSWER_LEVEL_TEXT[level])}</span>
                {descriptor && <span className="level-option__text">{pick(descriptor, language)}</span>}
              </label>
            </div>
          );
        })}
      </fieldset>

      <div className="field">
        <label htmlFor={`comment-${id}`}>{t('measurement.comment', { name })}</label>
        <textarea
          id={`comment-${id}`}
          name={`comment-${id}`}
          rows={3}
          maxLength={COMMENT_MAX}
          value={entry.draft.comment}
          readOnly={!editable}
          aria-describedby={statusId}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onComment(e.target.value)}
        />
      </div>

      {organisationId !== undefined && (
        <CriterionEvidence
          criterionId={id}
          criterionName={name}
          organisationId={organisationId}
          linked={entry.draft.evidenceIds}
          library={library}
          editable={editable}
          onChange={(ids) => onEvidence?.(ids)}
          onKnown={(evidence) => onKnown?.(evidence)}
        />
      )}

      <p id={statusId} role="status" className={`save-status save-status--${entry.status}`}>
        {entry.status === 'saved' && t('measurement.saved')}
        {(entry.status === 'pending' || entry.status === 'saving') && t('common.saving')}
        {entry.status === 'error' && t('measurement.saveFailed', { message: entry.error ?? '' })}
        {entry.status === 'conflict' && t('measurement.conflictStatus')}
      </p>
      {entry.status === 'error' && editable && (
        <Button variant="secondary" onClick={onRetry}>
          {t('measurement.saveAgain', { name })}
        </Button>
      )}

      {entry.status === 'conflict' && entry.theirs && (
        <Conflict
          name={name}
          theirs={entry.theirs}
          mine={entry.draft}
          levelName={levelName}
          when={formatMoment(entry.theirs.updatedAt, language)}
          onKeepMine={onKeepMine}
          onTakeTheirs={onTakeTheirs}
        />
      )}
    </div>
  );
}

function Conflict({
  name,
  theirs,
  mine,
  levelName,
  when,
  onKeepMine,
  onTakeTheirs,
}: {
  name: string;
  theirs: Answer;
  mine: { level: AnswerLevel | null; comment: string; evidenceIds: EvidenceId[] };
  levelName: (level: AnswerLevel | null) => string;
  when: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useI18n();
  // The linked evidence is part of each version: shown when the two differ.
  const evidenceDiffers = !sameIds(theirs.evidenceIds ?? [], mine.evidenceIds);
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>{t('measurement.conflictTitle', { person: theirs.updatedByName ?? t('measurement.someone'), when })}</strong>
      </p>
      <dl className="conflict__versions">
        <div>
          <dt>{t('measurement.theirVersion')}</dt>
          <dd>
            {levelName(theirs.level)}
            {theirs.comment && <q>{theirs.comment}</q>}
            {evidenceDiffers && <span className="conflict__evidence">{t('evidence.conflictCount', { count: (theirs.evidenceIds ?? []).length })}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('measurement.yourVersion')}</dt>
          <dd>
            {levelName(mine.level)}
            {mine.comment && <q>{mine.comment}</q>}
            {evidenceDiffers && <span className="conflict__evidence">{t('evidence.conflictCount', { count: mine.evidenceIds.length })}</span>}
          </dd>
        </div>
      </dl>
      <div className="actions">
        <Button onClick={onKeepMine}>
          {t('measurement.keepMine', { name })}
        </Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          {t('measurement.takeTheirs', { name })}
        </Button>
      </div>
    </div>
  );
}
