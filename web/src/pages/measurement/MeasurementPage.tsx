import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../../api';
import type { Measurement, MeasurementKind, MeasurementSummary, Programme } from '../../api';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SchoolNav, useSchoolProgramme } from '../../components/SchoolNav';
import { formatDay } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { normaliseFramework } from '../framework/normalise';
import type { Framework } from '../framework/normalise';
import { MeasurementEditor, MeasurementNotices } from './MeasurementEditor';
import { ExtensionForm, ReopenForm } from './OrganiserTools';
import { brusselsToday, isMeasurementKind, KIND_TEXT, schoolPath, STATUS_TEXT } from './texts';
import { LoadFailed } from '../../components/LoadFailed';
import { Button } from '../../components/Button';

type Data = {
  summary: MeasurementSummary;
  programme: Programme | null;
  measurement: Measurement | null;
  framework: Framework | null;
};

type Load =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: Data };

async function loadData(programmeId: string, organisationId: string, kind: MeasurementKind, organiser: boolean): Promise<Data> {
  const [list, programme] = await Promise.all([
    api.measurements(programmeId, organisationId),
    organiser ? api.programme(programmeId).catch(() => null) : Promise.resolve(null),
  ]);
  const summary = list.measurements.find((m) => m.kind === kind);
  if (!summary) throw new Error('no such measurement');
  if (summary.id === null || summary.id === undefined) return { summary, programme, measurement: null, framework: null };
  const measurement = await api.measurement(summary.id);
  // Read against the version the measurement was started with, even after a newer one is loaded.
  const framework = normaliseFramework(await api.frameworkVersion(measurement.frameworkId, measurement.frameworkVersion));
  return { summary, programme, measurement, framework };
}

/** `/programmes/:id/schools/:orgId/measurements/:kind`: start, fill in, submit or reopen a measurement. */
export function MeasurementPage() {
  const { t, language } = useI18n();
  const { id = '', orgId = '', kind: rawKind } = useParams();
  const { me } = useSession();
  const kind = isMeasurementKind(rawKind) ? rawKind : null;
  const organiser = !!me?.programmes?.some((p) => String(p.id) === id && p.role === 'organiser');
  const schoolMember = !!me?.memberships.some(
    (m) => String(m.organisationId) === orgId && (m.role === 'coordinator' || m.role === 'team_member'),
  );
  // The school's own navigation (SchoolNav) is there: the page does not repeat its links.
  const withSchoolNav = useSchoolProgramme(orgId, id) !== null;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Changes with every measurement the server hands back, so the editor starts from it anew.
  const [generation, setGeneration] = useState(0);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (!kind) {
      setLoad({ status: 'missing' });
      return;
    }
    let live = true;
    loadData(id, orgId, kind, organiser).then(
      (data) => {
        if (!live) return;
        setLoad({ status: 'ready', data });
        setGeneration((g) => g + 1);
      },
      (error) => {
        if (!live) return;
        if (isApiError(error, 'not_found') || isApiError(error, 'forbidden') || !isApiError(error)) setLoad({ status: 'missing' });
        else setLoad({ status: 'error', message: generalMessage(t, error) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, orgId, kind, organiser, attempt]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);

  const title = kind ? t(KIND_TEXT[kind]) : t('measurement.title');
  if (load.status === 'loading') {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (load.status === 'missing' || load.status === 'error') {
    return (
      <Page title={title}>
        <LoadFailed
          message={load.status === 'error' ? load.message : t('measurement.missing')}
          onRetry={load.status === 'error' ? reload : undefined}
        />
      </Page>
    );
  }

  const { summary, programme, measurement, framework } = load.data;
  const k = kind!;
  const phaseClosesOn = programme?.phases.find((p) => p.kind === k)?.closesOn ?? null;
  const replace = (m: Measurement) => {
    setLoad({ status: 'ready', data: { ...load.data, measurement: m, summary: { ...summary, status: m.status } } });
    setGeneration((g) => g + 1);
  };

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      await api.startMeasurement(id, orgId, k);
      reload();
    } catch (error) {
      setStartError(generalMessage(t, error));
    } finally {
      setStarting(false);
    }
  };

  const today = brusselsToday();
  const opensOn = summary.opensOn ?? '';
  const closesOn = summary.closesOn ?? '';
  const hasPhase = opensOn !== '' && closesOn !== '';
  const withinDates = hasPhase && opensOn <= today && today <= closesOn;
  const heading = measurement ? `${title} – ${measurement.organisationName}` : title;

  return (
    <Page
      title={heading}
      nav={<SchoolNav programmeId={id} organisationId={orgId} schoolName={measurement?.organisationName} />}
      className="measurement-page"
    >
      <dl className="facts">
        <div>
          <dt>{t('measurement.statusLabel')}</dt>
          <dd data-testid="measurement-status">{t(STATUS_TEXT[summary.status])}</dd>
        </div>
        <div>
          <dt>{t('measurement.period')}</dt>
          <dd>
            {hasPhase
              ? t('measurement.periodValue', { from: formatDay(opensOn, language), to: formatDay(closesOn, language) })
              : t('measurement.noPhase')}
          </dd>
        </div>
      </dl>
      {/* The school's members find the surveys and the evidence in their navigation (SchoolNav). */}
      <ul className="links">
        <li>
          <Link to={`${schoolPath(id, orgId)}/results?kind=${k}`}>{t('measurement.resultsLink')}</Link>
        </li>
        {!withSchoolNav && (
          <>
            <li>
              <Link to={`${schoolPath(id, orgId)}/surveys`}>{t('school.surveysLink')}</Link>
            </li>
            <li>
              <Link to={`/schools/${encodeURIComponent(orgId)}/evidence`}>{t('evidence.link')}</Link>
            </li>
          </>
        )}
      </ul>

      {!measurement && (
        <section className="card" aria-labelledby="measurement-start">
          <h2 id="measurement-start">{t('measurement.notStartedTitle')}</h2>
          {hasPhase && opensOn > today && <p>{t('measurement.opensLater', { date: formatDay(opensOn, language) })}</p>}
          {hasPhase && closesOn < today && <p>{t('measurement.closedText', { date: formatDay(closesOn, language) })}</p>}
          {withinDates && schoolMember && <p>{t('measurement.startText')}</p>}
          {withinDates && !schoolMember && <p>{t('measurement.notStartedText')}</p>}
          {startError && (
            <p className="notice notice--error" role="alert">
              {startError}
            </p>
          )}
          {withinDates && schoolMember && (
            <Button disabled={starting} onClick={() => void start()}>
              {t('measurement.start', { kind: title })}
            </Button>
          )}
        </section>
      )}

      {measurement && framework && (
        <>
          <MeasurementNotices measurement={measurement} />
          <MeasurementEditor key={generation} measurement={measurement} framework={framework} onChanged={replace} />
          {measurement.canReopen && <ReopenForm measurement={measurement} onDone={replace} />}
        </>
      )}

      {organiser && hasPhase && (
        <ExtensionForm
          programmeId={id}
          organisationId={orgId}
          kind={k}
          phaseClosesOn={phaseClosesOn}
          schoolClosesOn={closesOn}
          onDone={reload}
        />
      )}
    </Page>
  );
}
