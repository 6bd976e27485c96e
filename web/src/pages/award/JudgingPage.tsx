import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { awardApi } from '../../api/award';
import type { AwardCriterion, Judging, MyScore } from '../../api/award';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { ConfirmStep } from './ConfirmStep';
import { COMMENT_MAX, formatScore, REASON_MAX, REASON_MIN, scoredCount, scoreProblems, scores, weightedTotal } from './logic';
import type { ScoreDraft } from './logic';
import { CandidacyFacts } from './SchoolAwardPage';
import { ROUND_STATUS_TEXT } from './texts';
import '../../styles/award.css';

const scoreId = (criterionId: string | number) => `score-${criterionId}`;
const commentId = (criterionId: string | number) => `comment-${criterionId}`;

function draftsFrom(criteria: AwardCriterion[], mine: MyScore[]): Record<string, ScoreDraft> {
  const drafts: Record<string, ScoreDraft> = {};
  for (const c of criteria) {
    const score = mine.find((s) => String(s.criterionId) === String(c.id));
    drafts[String(c.id)] = { score: score?.score ?? null, comment: score?.comment ?? '' };
  }
  return drafts;
}

/**
 * `/jury/programmes/:id/candidates/:candidacyId`: one candidacy to judge — the pitch, video, team and
 * attachments, the rubric with a radio group per criterion (each score with its descriptor) and a
 * comment, and declaring a conflict of interest. After the close everyone's scores are shown.
 */
export function JudgingPage() {
  const { t } = useI18n();
  const { id = '', candidacyId = '' } = useParams();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { state, reload, update } = useLoad(() => awardApi.judging(id, candidacyId), [id, candidacyId]);
  const school = state.status === 'ready' ? state.data.candidacy.schoolName : null;
  const title = t('jury.judge.title');

  return (
    <Page
      className="award-page"
      title={title}
      about={school}
      back={{ to: "/jury", label: t('jury.title') }}
    >
      <NoticeArea notice={notice} />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <JudgingBody
          judging={state.data}
          programmeId={id}
          candidacyId={candidacyId}
          onSaved={(myScores, text) => {
            update((j) => ({ ...j, myScores }));
            setNotice({ text, error: false });
          }}
        />
      )}
    </Page>
  );
}

function JudgingBody({
  judging,
  programmeId,
  candidacyId,
  onSaved,
}: {
  judging: Judging;
  programmeId: string;
  candidacyId: string;
  onSaved: (scores: MyScore[], text: string) => void;
}) {
  const { t } = useI18n();
  const { round, candidacy } = judging;
  return (
    <>
      <p>
        {t('jury.judge.roundStatus', { status: t(ROUND_STATUS_TEXT[round.status]), scale: round.scale })}
      </p>
      <section className="card" aria-labelledby="judge-candidacy">
        <h2 id="judge-candidacy">{t('jury.judge.candidacy')}</h2>
        <CandidacyFacts candidacy={candidacy} />
      </section>
      {judging.canScore ? (
        <ScoreForm key={String(candidacy.id)} judging={judging} programmeId={programmeId} candidacyId={candidacyId} onSaved={onSaved} />
      ) : (
        judging.myScores.length > 0 && <MyScores judging={judging} />
      )}
      {judging.allScores && <AllScores judging={judging} />}
      {judging.canScore && <ConflictForm programmeId={programmeId} candidacyId={candidacyId} school={candidacy.schoolName} />}
    </>
  );
}

function ScoreForm({
  judging,
  programmeId,
  candidacyId,
  onSaved,
}: {
  judging: Judging;
  programmeId: string;
  candidacyId: string;
  onSaved: (scores: MyScore[], text: string) => void;
}) {
  const { t, language } = useI18n();
  const { criteria, scale } = judging.round;
  const [drafts, setDrafts] = useState(() => draftsFrom(criteria, judging.myScores));
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const set = (criterionId: string | number, patch: Partial<ScoreDraft>) =>
    setDrafts((d) => ({ ...d, [String(criterionId)]: { ...d[String(criterionId)]!, ...patch } }));
  const order = criteria.flatMap((c) => [scoreId(c.id), commentId(c.id)]);
  const total = weightedTotal(criteria, drafts);

  const serverIds = () => {
    const ids: Record<string, string> = { scores: scoreId(criteria[0]?.id ?? '') };
    criteria.forEach((c, i) => {
      ids[`scores[${i}].score`] = scoreId(c.id);
      ids[`scores[${i}].criterionId`] = scoreId(c.id);
      ids[`scores[${i}].comment`] = commentId(c.id);
    });
    return ids;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = scoreProblems(criteria, drafts, scale);
    if (problems.length > 0) {
      const found: FieldErrors = {};
      for (const p of problems) {
        const name = criteria.find((c) => String(c.id) === p.criterionId)?.name ?? '';
        if (p.problem === 'score') found[scoreId(p.criterionId)] = t('jury.judge.scoreMissing', { name });
        else found[commentId(p.criterionId)] = t('jury.judge.commentLong', { name, max: COMMENT_MAX });
      }
      form.fail(found);
      return;
    }
    setBusy(true);
    try {
      const saved = await awardApi.saveScores(
        programmeId,
        candidacyId,
        criteria.map((c) => ({ criterionId: c.id, score: drafts[String(c.id)]!.score!, comment: drafts[String(c.id)]!.comment.trim() })),
      );
      form.clear();
      onSaved(saved.scores, t('jury.judge.saved', { school: judging.candidacy.schoolName }));
    } catch (error) {
      const split = splitApiError(t, error, serverIds());
      form.fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="judge-scores" data-testid="score-form">
      <h2 id="judge-scores">{t('jury.judge.scoresTitle')}</h2>
      <p>{t('jury.judge.scoresIntro', { scale })}</p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        titleId="score-errors"
        items={summaryItems(order, form.errors, form.general)}
        version={form.version}
      />
      <form className="form form--wide" onSubmit={submit} noValidate>
        {criteria.map((c) => {
          const error = form.errors[scoreId(c.id)];
          const errorId = error ? `${scoreId(c.id)}-error` : undefined;
          return (
            <div key={String(c.id)} className={error ? 'criterion field--error' : 'criterion'} data-criterion={c.id}>
              <fieldset className="criterion__levels" aria-describedby={errorId}>
                <legend>{t('jury.judge.criterion', { name: c.name, weight: c.weight })}</legend>
                {error && (
                  <p id={errorId} className="field__error">
                    {error}
                  </p>
                )}
                {scores(scale).map((s, k) => {
                  // The first radio carries the id the error summary links to.
                  const inputId = k === 0 ? scoreId(c.id) : `${scoreId(c.id)}-${s}`;
                  return (
                    <div className="score-option" key={s}>
                      <input
                        type="radio"
                        id={inputId}
                        name={scoreId(c.id)}
                        value={s}
                        checked={drafts[String(c.id)]?.score === s}
                        aria-invalid={error ? true : undefined}
                        onChange={(e: ChangeEvent<HTMLInputElement>) => e.target.checked && set(c.id, { score: s })}
                      />
                      <label htmlFor={inputId}>
                        <span className="score-option__score">{s}</span> – {c.descriptors[k] ?? ''}
                      </label>
                    </div>
                  );
                })}
              </fieldset>
              <TextAreaField
                id={commentId(c.id)}
                label={t('jury.judge.comment', { name: c.name })}
                value={drafts[String(c.id)]?.comment ?? ''}
                onChange={(comment) => set(c.id, { comment })}
                rows={3}
                maxLength={COMMENT_MAX}
                error={form.errors[commentId(c.id)]}
              />
            </div>
          );
        })}
        <p data-testid="weighted-total">
          {total === null
            ? t('jury.judge.totalNone')
            : t('jury.judge.total', {
                total: formatScore(total, language),
                scale,
                scored: scoredCount(criteria, drafts),
                of: criteria.length,
              })}
        </p>
        <FormActions label={t('jury.judge.save')} busy={busy} />
      </form>
    </section>
  );
}

function MyScores({ judging }: { judging: Judging }) {
  const { t } = useI18n();
  const name = (criterionId: string | number) => judging.round.criteria.find((c) => String(c.id) === String(criterionId))?.name ?? '';
  return (
    <section className="card" aria-labelledby="judge-mine">
      <h2 id="judge-mine">{t('jury.judge.mineTitle')}</h2>
      <DataTable
        caption={t('jury.judge.mineTitle')}
        rows={judging.myScores}
        rowKey={(s) => s.criterionId}
        columns={[
          { title: t('jury.judge.criterionColumn'), rowHeader: true, cell: (s) => name(s.criterionId) },
          { title: t('jury.judge.scoreColumn'), cell: (s) => s.score, className: 'num' },
          { title: t('jury.judge.commentColumn'), cell: (s) => s.comment || '–' },
        ]}
      />
    </section>
  );
}

function AllScores({ judging }: { judging: Judging }) {
  const { t } = useI18n();
  const rows = judging.allScores ?? [];
  const name = (criterionId: string | number) => judging.round.criteria.find((c) => String(c.id) === String(criterionId))?.name ?? '';
  return (
    <section className="card" aria-labelledby="judge-all">
      <h2 id="judge-all">{t('jury.judge.allTitle')}</h2>
      {rows.length === 0 ? (
        <EmptyState>{t('jury.judge.allNone')}</EmptyState>
      ) : (
        <DataTable
          caption={t('jury.judge.allTitle')}
          rows={rows}
          rowKey={(s) => `${s.jurorId}-${s.criterionId}`}
          columns={[
            { title: t('jury.judge.jurorColumn'), rowHeader: true, cell: (s) => s.jurorName },
            { title: t('jury.judge.criterionColumn'), cell: (s) => name(s.criterionId) },
            { title: t('jury.judge.scoreColumn'), cell: (s) => s.score, className: 'num' },
            { title: t('jury.judge.commentColumn'), cell: (s) => s.comment || '–' },
            { title: t('jury.judge.countsColumn'), cell: (s) => t(s.recused ? 'jury.judge.notCounted' : 'jury.judge.counted') },
          ]}
        />
      )}
    </section>
  );
}

const REASON_ID = 'conflict-reason';

/** Declaring a conflict of interest: the juror is recused from this candidacy (cannot be undone here). */
function ConflictForm({ programmeId, candidacyId, school }: { programmeId: string; candidacyId: string; school: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const length = [...reason.trim()].length;
    if (length < REASON_MIN || length > REASON_MAX) {
      form.fail({ [REASON_ID]: t('jury.conflict.reasonBad', { min: REASON_MIN, max: REASON_MAX }) });
      return;
    }
    form.clear();
    setConfirming(true);
  };

  const declare = async () => {
    setBusy(true);
    try {
      await awardApi.recuse(programmeId, candidacyId, reason.trim());
      navigate('/jury', { state: { notice: t('jury.conflict.done', { school }) } });
    } catch (error) {
      const split = splitApiError(t, error, { reason: REASON_ID });
      form.fail(split.fields, split.general);
      setConfirming(false);
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t('jury.conflict.title')}</h2>
      <p>{t('jury.conflict.intro')}</p>
      {!open ? (
        <Button variant="secondary" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('jury.conflict.open')}
        </Button>
      ) : (
        <>
          <ErrorSummary
            title={t('errors.summaryTitle')}
            titleId="conflict-errors"
            items={summaryItems([REASON_ID], form.errors, form.general)}
            version={form.version}
          />
          <form className="form" onSubmit={submit} noValidate>
            <TextAreaField
              id={REASON_ID}
              label={t('jury.conflict.reason')}
              hint={t('jury.conflict.reasonHint', { min: REASON_MIN, max: REASON_MAX })}
              value={reason}
              onChange={setReason}
              maxLength={REASON_MAX}
              error={form.errors[REASON_ID]}
              required
            />
            {confirming ? (
              <ConfirmStep
                question={t('jury.conflict.question', { school })}
                text={t('jury.conflict.questionText')}
                yes={t('jury.conflict.yes')}
                busy={busy}
                onYes={declare}
                onCancel={() => setConfirming(false)}
              />
            ) : (
              <FormActions label={t('jury.conflict.submit')} busy={busy} onCancel={() => setOpen(false)} />
            )}
          </form>
        </>
      )}
    </section>
  );
}
