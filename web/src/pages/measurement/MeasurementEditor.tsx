import { useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { api, isApiError } from '../../api';
import type { Measurement } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { SummaryItem } from '../../components/ErrorSummary';
import { formatMoment } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { Framework } from '../framework/normalise';
import { pick } from '../framework/normalise';
import { hasUnsaved } from './autosave';
import type { SaveState } from './autosave';
import { CriterionField, criterionFieldId } from './CriterionField';
import { useAutosave } from './useAutosave';
import '../../styles/evidence.css';
import '../../styles/navigation.css';
import { EVIDENCE_IDS_MAX, evidenceApi } from '../../api/evidence';
import type { Evidence } from '../../api/evidence';
import type { Library } from '../evidence/CriterionEvidence';
import { Button } from '../../components/Button';

/** Answered (has a level) out of total, over the given criterion ids, as the user sees them now. */
export function countAnswered(state: SaveState, ids: string[]): { answered: number; total: number } {
  const known = ids.filter((id) => state[id]);
  return { answered: known.filter((id) => state[id]!.draft.level !== null).length, total: known.length };
}

/** The id of a key element's heading in the editor: the jump list links to it. */
export function elementHeadingId(elementId: string): string {
  return `element-${elementId}`;
}

/** One line of the jump list: a key element with its criteria in this measurement, answered of total. */
export interface ElementCount {
  id: string;
  code: string;
  name: Framework['elements'][number]['name'];
  answered: number;
  total: number;
}

/** Per key element (in the framework's order), how many of its criteria in this measurement have a level; elements without any are left out. */
export function elementCounts(framework: Framework, state: SaveState): ElementCount[] {
  return framework.elements
    .map((element) => ({
      id: element.id,
      code: element.code,
      name: element.name,
      ...countAnswered(
        state,
        element.criteria.map((c) => c.id),
      ),
    }))
    .filter((e) => e.total > 0);
}

/** How many answers wait for or are in a save, and how many could not be saved (error or conflict). */
export function saveSummary(state: SaveState): { busy: number; problems: number } {
  let busy = 0;
  let problems = 0;
  for (const entry of Object.values(state)) {
    if (entry.status === 'pending' || entry.status === 'saving') busy += 1;
    if (entry.status === 'error' || entry.status === 'conflict') problems += 1;
  }
  return { busy, problems };
}

/**
 * A link inside the page (the jump list, the bar): scrolls to the target (whose scroll-margin keeps it
 * clear of the bar) and moves the focus there, so the keyboard and a screen reader go on from it. A
 * click with a modifier key is left to the browser (a new tab).
 */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/**
 * The bar that stays in view at the top while the criteria scroll by: answered of total, and whether
 * everything is saved. Neither is a live region (a screen reader would read it after every answer);
 * one polite status only speaks when an answer could not be saved, and when all is saved again after that.
 */
function MeasurementBar({
  answered,
  total,
  saves,
  firstProblem,
}: {
  answered: number;
  total: number;
  saves: { busy: number; problems: number } | null;
  firstProblem: string | null;
}) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const problemsBefore = useRef(0);
  const problems = saves?.problems ?? 0;
  const problemText = t('measurement.bar.problem', { count: problems });

  useEffect(() => {
    const before = problemsBefore.current;
    problemsBefore.current = problems;
    if (problems > before) setAnnouncement(problemText);
    else if (problems === 0 && before > 0) setAnnouncement(t('measurement.bar.savedAgain'));
  }, [problems, problemText, t]);

  return (
    <div className="measurement-bar" data-testid="measurement-bar">
      <div className="measurement-bar__progress">
        <label htmlFor="progress-all">{t('measurement.progressAll')}</label>
        <progress id="progress-all" max={Math.max(total, 1)} value={answered} aria-describedby="progress-all-text" />
        <span id="progress-all-text">{t('measurement.progressText', { answered, total })}</span>
      </div>
      {saves && (
        <span
          className={`measurement-bar__saved measurement-bar__saved--${problems > 0 ? 'problem' : saves.busy > 0 ? 'busy' : 'done'}`}
          data-testid="measurement-saved"
        >
          {problems > 0 && firstProblem ? (
            <a href={`#${criterionFieldId(firstProblem)}`} onClick={(event) => jumpTo(event, criterionFieldId(firstProblem))}>
              {problemText}
            </a>
          ) : saves.busy > 0 ? (
            t('common.saving')
          ) : (
            t('measurement.bar.allSaved')
          )}
        </span>
      )}
      <a className="measurement-bar__top" href="#measurement-jump-title" onClick={(event) => jumpTo(event, 'measurement-jump-title')}>
        {t('measurement.bar.toList')}
      </a>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

function ProgressBar({ id, label, answered, total }: { id: string; label: string; answered: number; total: number }) {
  const { t } = useI18n();
  return (
    <div className="progress-line">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={Math.max(total, 1)} value={answered} aria-describedby={`${id}-text`} />
      <span id={`${id}-text`}>{t('measurement.progressText', { answered, total })}</span>
    </div>
  );
}

/** The criteria of a started measurement, grouped per key element, saved as the user goes. */
export function MeasurementEditor({
  measurement,
  framework,
  onChanged,
}: {
  measurement: Measurement;
  framework: Framework;
  onChanged: (m: Measurement) => void;
}) {
  const { t, language } = useI18n();
  const { store, state } = useAutosave(measurement.id, measurement.answers);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const editable = measurement.editable;
  const submitButton = useRef<HTMLButtonElement>(null);
  const [library, setLibrary] = useState<Library>(() => new Map());
  const asked = useRef(new Set<string>());
  const know = (rows: Evidence[]) =>
    setLibrary((current) => {
      const next = new Map(current);
      for (const e of rows) next.set(String(e.id), e);
      return next;
    });

  // The linked evidence, read by id (never the whole library) to show it by title; each id is asked once.
  const unknown = [
    ...new Set(Object.values(state).flatMap((entry) => entry.draft.evidenceIds.map(String))),
  ].filter((id) => !library.has(id) && !asked.current.has(id));
  const unknownKey = unknown.join(',');
  useEffect(() => {
    if (unknownKey === '') return;
    const ids = unknownKey.split(',');
    for (const id of ids) asked.current.add(id);
    for (let i = 0; i < ids.length; i += EVIDENCE_IDS_MAX)
      evidenceApi.list(measurement.organisationId, { ids: ids.slice(i, i + EVIDENCE_IDS_MAX).join(','), size: EVIDENCE_IDS_MAX }).then(
        (page) => know(page.evidence),
        () => undefined,
      );
  }, [unknownKey, measurement.organisationId]);

  // Leaving while a save waits or runs: the browser asks first, so nothing is lost unnoticed.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (hasUnsaved(store.getState())) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  const cancel = () => {
    setConfirming(false);
    // Back to the button that asked the question.
    setTimeout(() => submitButton.current?.focus(), 0);
  };

  const answerIds = measurement.answers.map((a) => a.criterionId);
  const elements = framework.elements
    .map((element) => ({ element, criteria: element.criteria.filter((c) => state[c.id]) }))
    .filter((e) => e.criteria.length > 0);
  const overall = countAnswered(state, answerIds);
  const counts = elementCounts(framework, state);
  const saves = saveSummary(state);
  const firstProblem = answerIds.find((id) => state[id]?.status === 'error' || state[id]?.status === 'conflict') ?? null;

  const names: Record<string, string> = {};
  for (const e of framework.elements) for (const c of e.criteria) names[c.id] = pick(c.name, language);

  const submit = async () => {
    setSubmitting(true);
    setGeneral(null);
    setErrors({});
    try {
      await store.flush();
      const result = await api.submitMeasurement(measurement.id);
      setConfirming(false);
      onChanged(result);
    } catch (error) {
      if (isApiError(error, 'validation_failed') && Object.keys(error.fields).length > 0) {
        setErrors(error.fields);
        setGeneral(t('measurement.incomplete'));
      } else {
        setGeneral(generalMessage(t, error));
      }
      setConfirming(false);
      setVersion((v) => v + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const summary: SummaryItem[] = [];
  if (general) summary.push({ message: general });
  for (const id of answerIds) {
    if (errors[id]) summary.push({ field: criterionFieldId(id), message: `${names[id] ?? id}: ${errors[id]}` });
  }

  return (
    <div className="measurement">
      <ErrorSummary title={t('errors.summaryTitle')} items={summary} version={version} />

      <MeasurementBar answered={overall.answered} total={overall.total} saves={editable ? saves : null} firstProblem={firstProblem} />

      <nav id="measurement-jump" className="card measurement-jump" aria-labelledby="measurement-jump-title">
        <h2 id="measurement-jump-title" tabIndex={-1}>
          {t('measurement.jumpTitle')}
        </h2>
        <ol>
          {counts.map((e) => (
            <li key={e.id}>
              <a href={`#${elementHeadingId(e.id)}`} onClick={(event) => jumpTo(event, elementHeadingId(e.id))}>
                <span className="measurement-jump__name">
                  {e.code}. {pick(e.name, language)}
                </span>
                <span className={e.answered === e.total ? 'measurement-jump__count measurement-jump__count--done' : 'measurement-jump__count'}>
                  {t('measurement.progressText', { answered: e.answered, total: e.total })}
                </span>
              </a>
            </li>
          ))}
        </ol>
        {editable && <p className="muted">{t('measurement.autosaveHint')}</p>}
      </nav>

      {elements.map(({ element, criteria }) => {
        const count = countAnswered(
          state,
          criteria.map((c) => c.id),
        );
        const headingId = elementHeadingId(element.id);
        return (
          <section key={element.id} className="element" aria-labelledby={headingId}>
            <h2 id={headingId} tabIndex={-1}>
              {element.code}. {pick(element.name, language)}
            </h2>
            <ProgressBar
              id={`progress-${element.id}`}
              label={t('measurement.progressElement', { element: pick(element.name, language) })}
              answered={count.answered}
              total={count.total}
            />
            {criteria.map((criterion) => (
              <CriterionField
                key={criterion.id}
                criterion={criterion}
                entry={state[criterion.id]!}
                editable={editable}
                error={errors[criterion.id]}
                onLevel={(level) => store.edit(criterion.id, { level }, true)}
                onComment={(comment) => store.edit(criterion.id, { comment }, false)}
                onKeepMine={() => store.keepMine(criterion.id)}
                onTakeTheirs={() => store.takeTheirs(criterion.id)}
                onRetry={() => store.retry(criterion.id)}
                organisationId={measurement.organisationId}
                library={library}
                onEvidence={(evidenceIds) => store.edit(criterion.id, { evidenceIds }, true)}
                onKnown={(evidence: Evidence) => know([evidence])}
              />
            ))}
          </section>
        );
      })}

      {measurement.canSubmit && (
        <section className="card" aria-labelledby="measurement-submit">
          <h2 id="measurement-submit">{t('measurement.submitTitle')}</h2>
          <p>{t('measurement.submitText', { answered: overall.answered, total: overall.total })}</p>
          {!confirming ? (
            <Button ref={submitButton} onClick={() => setConfirming(true)}>
              {t('measurement.submit')}
            </Button>
          ) : (
            <div className="confirm" role="group" aria-labelledby="measurement-confirm">
              <p id="measurement-confirm">
                <strong>{t('measurement.confirmText')}</strong>
              </p>
              <div className="actions">
                {/* The button that opened this question is gone: the focus moves to the answer. */}
                {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
                <Button autoFocus disabled={submitting} onClick={() => void submit()}>
                  {t('measurement.confirmSubmit')}
                </Button>
                <Button variant="secondary" onClick={cancel}>
                  {t('common.cancel')}
                </Button>
              </div>
              {submitting && <p role="status">{t('measurement.submitting')}</p>}
            </div>
          )}
        </section>
      )}
    </div>
  );
}

/** The notices above the editor: submitted (read-only), reopened with a reason, closed. */
export function MeasurementNotices({ measurement }: { measurement: Measurement }) {
  const { t, language } = useI18n();
  return (
    <>
      {measurement.status === 'submitted' && (
        <p className="notice" data-testid="submitted-notice">
          {t('measurement.submittedNotice', {
            when: formatMoment(measurement.submittedAt, language),
            person: measurement.submittedByName ?? t('measurement.someone'),
          })}
        </p>
      )}
      {measurement.status === 'open' && measurement.reopenReason && (
        <div className="notice" data-testid="reopen-notice">
          <p>
            <strong>{t('measurement.reopenedTitle')}</strong>
          </p>
          <p>{measurement.reopenReason}</p>
        </div>
      )}
      {measurement.status === 'open' && !measurement.editable && (
        <p className="notice">{t('measurement.readOnly')}</p>
      )}
    </>
  );
}
