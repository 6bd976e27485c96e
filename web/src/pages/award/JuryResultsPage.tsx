import { Link, useParams } from 'react-router';
import { awardApi } from '../../api/award';
import { LoadStatus } from '../../components/LoadStatus';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { ResultsSection } from './ResultsSection';
import '../../styles/award.css';

/** `/jury/programmes/:id/results`: once the round is closed, jurors read the same rankings as the organiser. */
export function JuryResultsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { state, reload } = useLoad(() => awardApi.view(id), [id]);
  const title = t('jury.results.title');
  const round = state.status === 'ready' ? state.data.round : null;
  return (
    <div className="award-page">
      <p className="breadcrumb">
        <Link to="/jury">{t('jury.title')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (round && round.status !== 'open' ? (
          <ResultsSection programmeId={id} round={round} jurorView />
        ) : (
          <p>{t('jury.results.notYet')}</p>
        ))}
    </div>
  );
}
