import { useState } from 'react';
import { Link } from 'react-router';
import type { Programme } from '../../api';
import { awardApi } from '../../api/award';
import type { AwardView, Round } from '../../api/award';
import { DataTable } from '../../components/DataTable';
import { formatDay, formatMoment } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { schoolPath } from '../measurement/texts';
import { OrganiserFrame } from '../organiser/OrganiserFrame';
import { JurorsSection } from './JurorsSection';
import { ProgressSection } from './ProgressSection';
import { ResultsSection } from './ResultsSection';
import { RoundForm } from './RoundForm';
import { RubricEditor } from './RubricEditor';
import { CANDIDACY_STATUS_TEXT, juryCandidatePath, ROUND_STATUS_TEXT } from './texts';
import '../../styles/award.css';

/**
 * `/organiser/programmes/:id/award`: the programme's award round — dates and scale, rubric, jury,
 * candidacies, who scored what, closing, the rankings, announcing the winners and the exports.
 */
export function OrganiserAwardPage() {
  const { t } = useI18n();
  return <OrganiserFrame title={t('award.organiser.title')}>{(programme) => <OrganiserAward programme={programme} />}</OrganiserFrame>;
}

type OrganiserView = Extract<AwardView, { role: 'organiser' }>;

function OrganiserAward({ programme }: { programme: Programme }) {
  const { t, language } = useI18n();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { state, reload, update } = useLoad<AwardView>(() => awardApi.view(programme.id), [programme.id]);

  const ok = (text: string) => setNotice({ text, error: false });
  const failed = (text: string) => setNotice({ text, error: true });
  const roundSaved = (round: Round, text: string) => {
    update((view) => ({ ...view, round }));
    ok(text);
  };

  if (state.status !== 'ready') return <LoadStatus state={state} onRetry={reload} />;
  if (state.data.role !== 'organiser') return <p className="notice">{t('award.organiser.notOrganiser')}</p>;
  const view: OrganiserView = state.data;
  const round = view.round;

  return (
    <div className="award-page">
      <p className="lead">{t('award.organiser.intro')}</p>
      <NoticeArea notice={notice} />
      {round && (
        <p data-testid="round-status">
          {t('award.organiser.status', {
            status: t(ROUND_STATUS_TEXT[round.status]),
            opens: formatDay(round.opensOn, language),
            closes: formatDay(round.closesOn, language),
          })}
        </p>
      )}
      {(!round || round.status === 'open') && (
        <RoundForm key={round ? `${round.updatedAt}` : 'new'} programmeId={programme.id} round={round} onSaved={roundSaved} />
      )}
      {round && <RubricEditor key={`${round.scale}-${round.updatedAt}-${round.status}`} programmeId={programme.id} round={round} onSaved={roundSaved} />}
      {round && round.status === 'open' && (
        <JurorsSection
          programmeId={programme.id}
          jurors={view.jurors ?? []}
          onChanged={(text) => {
            ok(text);
            reload();
          }}
          onError={failed}
        />
      )}
      {round && (
        <section className="card" aria-labelledby="candidacies-title" data-testid="award-candidacies">
          <h2 id="candidacies-title">{t('award.candidacies.title')}</h2>
          {(view.candidacies ?? []).length === 0 ? (
            <EmptyState>{t('award.candidacies.none')}</EmptyState>
          ) : (
            <DataTable
              caption={t('award.candidacies.caption')}
              rows={view.candidacies}
              rowKey={(c) => c.id}
              columns={[
                {
                  title: t('award.candidacies.school'),
                  rowHeader: true,
                  cell: (c) => <Link to={`${schoolPath(programme.id, c.organisationId)}/award`}>{c.schoolName}</Link>,
                },
                { title: t('award.candidacies.status'), cell: (c) => t(CANDIDACY_STATUS_TEXT[c.status]) },
                { title: t('award.candidacies.submitted'), cell: (c) => formatMoment(c.submittedAt, language) },
                {
                  title: t('award.candidacies.open'),
                  cell: (c) =>
                    c.status === 'submitted' ? (
                      <Link to={juryCandidatePath(programme.id, c.id)}>
                        {t('award.candidacies.read', { school: c.schoolName })}
                      </Link>
                    ) : (
                      '–'
                    ),
                },
              ]}
            />
          )}
        </section>
      )}
      {round && (
        <ProgressSection
          programmeId={programme.id}
          round={round}
          onClosed={(closed, text) => {
            roundSaved(closed, text);
            reload();
          }}
          onError={failed}
        />
      )}
      {round && round.status !== 'open' && (
        <ResultsSection
          programmeId={programme.id}
          round={round}
          onAnnounced={(announced, text) => {
            roundSaved(announced, text);
            reload();
          }}
        />
      )}
    </div>
  );
}
