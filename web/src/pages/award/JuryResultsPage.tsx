import { useParams } from 'react-router';
import { awardApi } from '../../api/award';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';
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
  return (
    <Page
      className="award-page"
      title={title}
      back={{ to: "/jury", label: t('jury.title') }}
      load={state}
      onRetry={reload}
    >
      {({ round }) =>
        round && round.status !== 'open' ? (
          <ResultsSection programmeId={id} round={round} jurorView />
        ) : (
          <EmptyState>{t('jury.results.notYet')}</EmptyState>
        )
      }
    </Page>
  );
}
