import { useState } from 'react';
import type { FormEvent } from 'react';
import { awardApi } from '../../api/award';
import type { AwardResults, RankRow, Round } from '../../api/award';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { CheckboxGroup } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { useFormErrors } from '../../components/useFormErrors';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import { ConfirmStep } from './ConfirmStep';
import { formatScore, sideBySide, WINNERS_MAX, winnersProblem } from './logic';
import type { SideBySide } from './logic';

function rankText(t: Translate, rank: number | null | undefined, tie: boolean): string {
  if (rank == null) return t('award.results.unranked');
  return tie ? t('award.results.rankTie', { rank }) : String(rank);
}

/**
 * The results once the round is closed: the raw and the normalised ranking side by side (shared ranks
 * said in words), the mean per criterion, each juror's totals, the exports, and announcing the winners.
 * `jurorView`: a juror reads the same results without the organiser's actions.
 */
export function ResultsSection({
  programmeId,
  round,
  jurorView = false,
  onAnnounced,
}: {
  programmeId: string | number;
  round: Round;
  jurorView?: boolean;
  onAnnounced?: (round: Round, text: string) => void;
}) {
  const { t, language } = useI18n();
  const { state, reload } = useLoad(() => awardApi.results(programmeId), [programmeId, round.status]);

  return (
    <section className="card" aria-labelledby="results-title" data-testid="award-results">
      <h2 id="results-title">{t('award.results.title')}</h2>
      <p>{t('award.results.intro', { scale: round.scale })}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          <Ranking results={state.data} />
          <PerCriterion results={state.data} />
          <JurorTotals results={state.data} />
          {!jurorView && (
            <>
              <h3>{t('award.results.exportsTitle')}</h3>
              <ul className="downloads">
                <li>
                  <a href={awardApi.exportUrl(programmeId, 'pdf', language)} download>
                    {t('award.results.pdf')}
                  </a>
                </li>
                <li>
                  <a href={awardApi.exportUrl(programmeId, 'xlsx', language)} download>
                    {t('award.results.xlsx')}
                  </a>
                </li>
              </ul>
              {round.status === 'closed' && onAnnounced && (
                <AnnounceForm programmeId={programmeId} results={state.data} onAnnounced={onAnnounced} />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function Ranking({ results }: { results: AwardResults }) {
  const { t, language } = useI18n();
  const rows = sideBySide(results.raw, results.normalised, results.flagged);
  const winners = new Set(results.winners.map(String));
  if (rows.length === 0) return <EmptyState>{t('award.results.none')}</EmptyState>;
  const columns: Column<SideBySide<RankRow>>[] = [
    {
      title: t('award.results.school'),
      rowHeader: true,
      cell: (r) => (
        <>
          {r.schoolName}
          {winners.has(String(r.candidacyId)) && <strong> ({t('award.results.winner')})</strong>}
        </>
      ),
    },
    { title: t('award.results.normalisedRank'), cell: (r) => rankText(t, r.normalised?.rank, r.normalisedTie), className: 'num' },
    { title: t('award.results.normalisedScore'), cell: (r) => formatScore(r.normalised?.score, language), className: 'num' },
    { title: t('award.results.rawRank'), cell: (r) => rankText(t, r.raw?.rank, r.rawTie), className: 'num' },
    { title: t('award.results.rawScore'), cell: (r) => formatScore(r.raw?.score, language), className: 'num' },
    { title: t('award.results.jurors'), cell: (r) => r.normalised?.jurors ?? r.raw?.jurors ?? 0, className: 'num' },
    {
      title: t('award.results.remarks'),
      cell: (r) =>
        [
          r.shift !== null && r.shift !== 0
            ? t(r.shift < 0 ? 'award.results.movedUp' : 'award.results.movedDown', { places: Math.abs(r.shift) })
            : '',
          r.flagged ? t('award.results.flagged') : '',
        ]
          .filter(Boolean)
          .join(' · ') || '–',
    },
  ];
  return (
    <DataTable
      caption={t('award.results.rankingCaption')}
      showCaption
      rows={rows}
      rowKey={(r) => r.candidacyId}
      rowProps={(r) => ({ 'data-candidacy': r.candidacyId })}
      columns={columns}
      testId="ranking"
    />
  );
}

function PerCriterion({ results }: { results: AwardResults }) {
  const { t, language } = useI18n();
  if (results.raw.length === 0 || results.criteria.length === 0) return null;
  const mean = (candidacyId: string | number, criterionId: string | number) =>
    results.perCriterion.find((p) => String(p.candidacyId) === String(candidacyId) && String(p.criterionId) === String(criterionId))?.mean ?? null;
  return (
    <DataTable
      caption={t('award.results.perCriterionCaption')}
      showCaption
      rows={results.raw}
      rowKey={(r) => r.candidacyId}
      columns={[
        { title: t('award.results.school'), rowHeader: true, cell: (r) => r.schoolName },
        ...results.criteria.map((c) => ({
          title: t('award.results.criterionWeight', { name: c.name, weight: c.weight }),
          cell: (r: AwardResults['raw'][number]) => formatScore(mean(r.candidacyId, c.id), language),
          className: 'num',
        })),
      ]}
    />
  );
}

function JurorTotals({ results }: { results: AwardResults }) {
  const { t, language } = useI18n();
  if (results.jurorTotals.length === 0) return null;
  return (
    <DataTable
      caption={t('award.results.jurorTotalsCaption')}
      showCaption
      rows={results.jurorTotals}
      rowKey={(r) => `${r.jurorId}-${r.candidacyId}`}
      columns={[
        { title: t('award.results.juror'), rowHeader: true, cell: (r) => r.jurorName },
        {
          title: t('award.results.school'),
          cell: (r) => results.raw.find((x) => String(x.candidacyId) === String(r.candidacyId))?.schoolName ?? '–',
        },
        { title: t('award.results.rawScore'), cell: (r) => formatScore(r.raw, language), className: 'num' },
        { title: t('award.results.normalisedScore'), cell: (r) => formatScore(r.normalised, language), className: 'num' },
      ]}
    />
  );
}

const WINNERS_ID = 'winners';

function AnnounceForm({
  programmeId,
  results,
  onAnnounced,
}: {
  programmeId: string | number;
  results: AwardResults;
  onAnnounced: (round: Round, text: string) => void;
}) {
  const { t } = useI18n();
  const [winners, setWinners] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  // In the order of the normalised ranking, the one the rule recommends.
  const options = sideBySide(results.raw, results.normalised, results.flagged).map((r) => ({
    value: String(r.candidacyId),
    label: r.schoolName,
  }));
  const names = winners.map((id) => options.find((o) => o.value === id)?.label ?? id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = winnersProblem(winners);
    if (problem) {
      form.fail({ [WINNERS_ID]: t(problem === 'none' ? 'award.announce.none' : 'award.announce.tooMany', { max: WINNERS_MAX }) });
      return;
    }
    form.clear();
    setConfirming(true);
  };

  const announce = async () => {
    setBusy(true);
    try {
      // The ids came from the checkboxes as text; the server wants the numbers it gave.
      const round = await awardApi.announce(
        programmeId,
        winners.map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
      );
      onAnnounced(round, t('award.announce.done', { names: names.join(', ') }));
    } catch (error) {
      const split = splitApiError(t, error, { winners: WINNERS_ID, 'winners[0]': WINNERS_ID, 'winners[1]': WINNERS_ID, 'winners[2]': WINNERS_ID });
      form.fail(split.fields, split.general);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h3 id="announce-title">{t('award.announce.title')}</h3>
      <p>{t('award.announce.intro', { max: WINNERS_MAX })}</p>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        titleId="announce-errors"
        items={summaryItems([WINNERS_ID], form.errors, form.general)}
        version={form.version}
      />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="announce-title">
        <CheckboxGroup
          id={WINNERS_ID}
          legend={t('award.announce.legend')}
          values={winners}
          onChange={setWinners}
          options={options}
          error={form.errors[WINNERS_ID]}
        />
        {confirming ? (
          <ConfirmStep
            question={t('award.announce.question', { names: names.join(', ') })}
            text={t('award.announce.questionText')}
            yes={t('award.announce.yes')}
            busy={busy}
            onYes={announce}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <FormActions label={t('award.announce.submit')} busy={busy} />
        )}
      </form>
    </>
  );
}
