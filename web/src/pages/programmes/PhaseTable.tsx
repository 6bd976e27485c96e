import type { Phase } from '../../api';
import { PHASE_KINDS } from '../../api';
import { formatDay } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { label, PHASE_TEXT } from '../../components/enumLabels';
import { useI18n } from '../../i18n';
import { TableWrap } from '../../components/TableWrap';

/** The phases of a programme in their fixed order, with the days they open and close. */
export function PhaseTable({ phases, captionId }: { phases: Phase[]; captionId: string }) {
  const { t, language } = useI18n();
  const sorted = [...phases].sort((a, b) => PHASE_KINDS.indexOf(a.kind) - PHASE_KINDS.indexOf(b.kind));
  if (sorted.length === 0) return <EmptyState>{t('programme.noPhases')}</EmptyState>;
  return (
    <TableWrap label={t('programme.phases')}>
      <table className="table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('programme.phase')}</th>
            <th scope="col">{t('programme.opensOn')}</th>
            <th scope="col">{t('programme.closesOn')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((phase) => (
            <tr key={phase.kind} data-phase={phase.kind}>
              <th scope="row">{label(t, PHASE_TEXT, phase.kind)}</th>
              <td>
                <time dateTime={phase.opensOn}>{formatDay(phase.opensOn, language)}</time>
              </td>
              <td>
                <time dateTime={phase.closesOn}>{formatDay(phase.closesOn, language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
