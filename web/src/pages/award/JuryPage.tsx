import { Link, useLocation } from 'react-router';
import { awardApi } from '../../api/award';
import type { JurorCandidate, JuryRound } from '../../api/award';
import { DataTable } from '../../components/DataTable';
import { formatDay } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { juryCandidatePath, ROUND_STATUS_TEXT } from './texts';
import '../../styles/award.css';

interface RoundWithCandidates {
  round: JuryRound;
  candidates: JurorCandidate[];
}

async function loadJury(): Promise<RoundWithCandidates[]> {
  const { rounds } = await awardApi.juryRounds();
  return Promise.all(
    rounds.map(async (round) => {
      const view = await awardApi.view(round.programmeId);
      return { round, candidates: view.role === 'juror' ? view.candidates : [] };
    }),
  );
}

/** `/jury`: the juror's award rounds, each with its candidates and how far the juror is with scoring them. */
export function JuryPage() {
  const { t, language } = useI18n();
  const location = useLocation();
  const { state, reload } = useLoad(loadJury, []);
  // A page that sends the juror back here (after declaring a conflict) passes what happened.
  const passed = (location.state as { notice?: string } | null)?.notice ?? null;
  const title = t('jury.title');

  return (
    <Page className="award-page" title={title}>
      <p className="lead">{t('jury.intro')}</p>
      <NoticeArea notice={passed ? { text: passed, error: false } : null} />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && state.data.length === 0 && <EmptyState>{t('jury.none')}</EmptyState>}
      {state.status === 'ready' &&
        state.data.map(({ round, candidates }) => {
          const headingId = `jury-round-${round.programmeId}`;
          return (
            <section key={String(round.programmeId)} className="card" aria-labelledby={headingId} data-programme={round.programmeId}>
              <h2 id={headingId}>{round.programmeName}</h2>
              <p>
                {t('jury.roundFacts', {
                  status: t(ROUND_STATUS_TEXT[round.status]),
                  opens: formatDay(round.opensOn, language),
                  closes: formatDay(round.closesOn, language),
                })}
              </p>
              <p data-testid="jury-round-progress">
                {t('jury.roundProgress', { scored: round.scored, candidates: round.candidates, recused: round.recused })}
              </p>
              {candidates.length === 0 ? (
                <EmptyState>{t('jury.noCandidates')}</EmptyState>
              ) : (
                <DataTable
                  caption={t('jury.candidatesCaption', { programme: round.programmeName })}
                  rows={candidates}
                  rowKey={(c) => c.id}
                  rowProps={(c) => ({ 'data-candidacy': c.id })}
                  columns={[
                    {
                      title: t('jury.school'),
                      rowHeader: true,
                      cell: (c) =>
                        c.recused ? c.schoolName : <Link to={juryCandidatePath(round.programmeId, c.id)}>{c.schoolName}</Link>,
                    },
                    {
                      title: t('jury.progress'),
                      cell: (c) =>
                        c.recused
                          ? t(c.automatic ? 'jury.recusedAutomatic' : 'jury.recused')
                          : c.scored >= c.of && c.of > 0
                            ? t('jury.scoredAll', { of: c.of })
                            : t('jury.scoredSome', { scored: c.scored, of: c.of }),
                    },
                  ]}
                />
              )}
              {round.status !== 'open' && (
                <p>
                  <Link to={`/jury/programmes/${encodeURIComponent(String(round.programmeId))}/results`}>
                    {t('jury.resultsLink', { programme: round.programmeName })}
                  </Link>
                </p>
              )}
            </section>
          );
        })}
    </Page>
  );
}
