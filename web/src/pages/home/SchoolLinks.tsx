import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import type { MeasurementSummary, MyProgramme } from '../../api';
import { useI18n } from '../../i18n';
import { KIND_TEXT, schoolPath, STATUS_TEXT } from '../measurement/texts';

/**
 * A school's pages in one programme: both measurements (with their status), the results and the
 * surveys. The statuses come from `GET …/measurements`; the links work without them.
 */
export function SchoolLinks({ programme }: { programme: MyProgramme }) {
  const { t } = useI18n();
  const [measurements, setMeasurements] = useState<MeasurementSummary[] | null>(null);
  const base = schoolPath(programme.id, programme.organisationId);

  useEffect(() => {
    let live = true;
    api.measurements(programme.id, programme.organisationId).then(
      (list) => live && setMeasurements(list.measurements),
      () => live && setMeasurements(null),
    );
    return () => {
      live = false;
    };
  }, [programme.id, programme.organisationId]);

  const kinds = (measurements ?? []).length > 0 ? measurements! : null;
  return (
    <>
      {(kinds ?? [{ kind: 'baseline' as const }, { kind: 'final' as const }]).map((m) => (
        <li key={m.kind}>
          <Link to={`${base}/measurements/${m.kind}`}>{t(KIND_TEXT[m.kind])}</Link>
          {'status' in m && (
            <span className="muted" data-testid={`status-${m.kind}`}>
              {' '}
              ({t(STATUS_TEXT[m.status])}
              {m.status !== 'not_started' && `, ${t('measurement.progressText', { answered: m.answered, total: m.total })}`})
            </span>
          )}
        </li>
      ))}
      <li>
        <Link to={`${base}/results?kind=baseline`}>{t('school.resultsLink')}</Link>
      </li>
      <li>
        <Link to={`${base}/surveys`}>{t('school.surveysLink')}</Link>
      </li>
      <li>
        <Link to={`/schools/${encodeURIComponent(String(programme.organisationId))}/evidence`}>{t('evidence.link')}</Link>
      </li>
      <li>
        <Link to={`${base}/label`}>{t('home.labelLink')}</Link>
      </li>
      <li>
        <Link to={`${base}/plan`}>{t('plan.link')}</Link>
      </li>
      <li>
        <Link to={`${base}/meetings`}>{t('meetings.link')}</Link>
      </li>
      <li>
        <Link to={`${base}/award`}>{t('award.link')}</Link>
      </li>
    </>
  );
}
