import { awardApi } from '../../api/award';
import type { AwardProgress, Round } from '../../api/award';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import { cellState, jurorTotals } from './logic';
import type { Cell } from './logic';

type JurorRow = AwardProgress['jurors'][number];

function cellText(t: Translate, cell: Cell | undefined): string {
  const state = cellState(cell);
  if (!cell) return '–';
  if (state === 'recused') return t(cell.automatic ? 'award.progress.recusedAutomatic' : 'award.progress.recused');
  if (state === 'done') return t('award.progress.done', { scored: cell.scored, of: cell.of });
  return t('award.progress.partial', { scored: cell.scored, of: cell.of });
}

/**
 * Who scored what (juror × candidate), the candidates where jurors disagree strongly, and closing the
 * round. Reloaded on demand: jurors score while the organiser watches.
 */
export function ProgressSection({
  programmeId,
  round,
  onClosed,
  onError,
}: {
  programmeId: string | number;
  round: Round;
  onClosed: (round: Round, text: string) => void;
  onError: (text: string) => void;
}) {
  const { t } = useI18n();
  const { state, reload } = useLoad(() => awardApi.progress(programmeId), [programmeId, round.status]);

  const close = async () => {
    try {
      onClosed(await awardApi.close(programmeId), t('award.progress.closedNotice'));
    } catch (error) {
      onError(generalMessage(t, error));
    }
  };

  return (
    <section className="card" aria-labelledby="progress-title" data-testid="award-progress">
      <h2 id="progress-title">{t('award.progress.title')}</h2>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && <Matrix progress={state.data} />}
      <div className="actions">
        <Button variant="secondary" onClick={reload}>
          {t('award.progress.refresh')}
        </Button>
      </div>
      {round.status === 'open' && (
        <div className="actions">
          <ConfirmButton
            primary
            small={false}
            label={t('award.progress.close')}
            question={t('award.progress.closeQuestion')}
            text={t('award.progress.closeText')}
            confirmText={t('award.progress.closeYes')}
            onConfirm={close}
          />
        </div>
      )}
    </section>
  );
}

function Matrix({ progress }: { progress: AwardProgress }) {
  const { t } = useI18n();
  if (progress.candidates.length === 0) return <EmptyState>{t('award.progress.noCandidates')}</EmptyState>;
  if (progress.jurors.length === 0) return <EmptyState>{t('award.progress.noJurors')}</EmptyState>;
  const flagged = new Set(progress.flagged.map(String));
  const cell = (jurorId: string | number, candidacyId: string | number) =>
    progress.cells.find((c) => String(c.jurorId) === String(jurorId) && String(c.candidacyId) === String(candidacyId));
  const columns: Column<JurorRow>[] = [
    { title: t('award.progress.juror'), rowHeader: true, cell: (j) => j.name },
    ...progress.candidates.map((c) => ({
      title: (
        <>
          {c.schoolName}
          {flagged.has(String(c.candidacyId)) && <span className="status--overdue"> ({t('award.progress.flag')})</span>}
        </>
      ),
      cell: (j: JurorRow) => {
        const found = cell(j.userId, c.candidacyId);
        return (
          <span className={`award-cell award-cell--${cellState(found)}`} data-candidacy={c.candidacyId}>
            {cellText(t, found)}
          </span>
        );
      },
    })),
    {
      title: t('award.progress.total'),
      cell: (j) => {
        const total = jurorTotals(progress.cells, j.userId);
        return t('award.progress.totalText', { done: total.done, of: total.of });
      },
    },
  ];
  return (
    <>
      <DataTable
        caption={t('award.progress.caption')}
        rows={progress.jurors}
        rowKey={(j) => j.userId}
        rowProps={(j) => ({ 'data-juror': j.userId })}
        columns={columns}
        testId="progress-matrix"
      />
      <h3>{t('award.progress.flaggedTitle')}</h3>
      {flagged.size === 0 ? (
        <EmptyState>{t('award.progress.flaggedNone')}</EmptyState>
      ) : (
        <>
          <p>{t('award.progress.flaggedIntro')}</p>
          <ul data-testid="flagged">
            {progress.candidates
              .filter((c) => flagged.has(String(c.candidacyId)))
              .map((c) => (
                <li key={String(c.candidacyId)}>{c.schoolName}</li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
