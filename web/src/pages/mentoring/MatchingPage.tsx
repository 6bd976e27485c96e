import { useState } from 'react';
import { Link } from 'react-router';
import type { Programme } from '../../api';
import { mentoringApi } from '../../api/mentoring';
import type { Matching, MatchingCompany, Pair, UnmatchedSchool } from '../../api/mentoring';
import { DataTable } from '../../components/DataTable';
import type { Column } from '../../components/DataTable';
import { label as enumLabel, PROVINCE_TEXT } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { schoolPath } from '../measurement/texts';
import { OrganiserFrame } from '../organiser/OrganiserFrame';
import { ConfirmButton } from '../plan/Confirm';
import { companyOptions, explain, summarise } from './matchingLogic';
import '../../styles/plan.css';

interface Notice {
  text: string;
  error: boolean;
}

/**
 * `/organiser/programmes/:id/matching`: mentor companies matched to schools. The organiser runs the
 * proposal (an exact assignment that maximises the total score), reads why each pair scores, changes,
 * fixes or removes pairs, and confirms (both sides are then told by e-mail).
 */
export function MatchingPage() {
  const { t } = useI18n();
  return <OrganiserFrame title={t('matching.title')}>{(programme) => <MatchingBody programme={programme} />}</OrganiserFrame>;
}

function MatchingBody({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const { state, reload, setData } = useLoad(() => mentoringApi.matching(programme.id), [programme.id]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setNotice({ text: await work(), error: false });
    } catch (error) {
      setNotice({ text: generalMessage(t, error), error: true });
    } finally {
      setBusy(false);
    }
  };
  const changed = async (text: string) => {
    reload();
    return text;
  };

  return (
    <>
      <p className="lead">{t('matching.intro')}</p>
      <div role="status" className="live">
        {notice && !notice.error && <p className="notice notice--ok">{notice.text}</p>}
      </div>
      {notice?.error && (
        <p className="notice notice--error" role="alert">
          {notice.text}
        </p>
      )}
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <MatchingView
          matching={state.data}
          programme={programme}
          busy={busy}
          onPropose={() =>
            act(async () => {
              const matching = await mentoringApi.propose(programme.id);
              setData(matching);
              return t('matching.proposed', { pairs: summarise(matching).proposed });
            })
          }
          onConfirm={() =>
            act(async () => {
              const before = summarise(state.data).proposed;
              const matching = await mentoringApi.confirm(programme.id);
              setData(matching);
              return t('matching.confirmed', { pairs: before });
            })
          }
          onSet={(school, companyId, fixed, text) =>
            act(async () => {
              await mentoringApi.setPair(programme.id, school, companyId, fixed);
              return changed(text);
            })
          }
          onRemove={(school, text) =>
            act(async () => {
              await mentoringApi.removePair(programme.id, school);
              return changed(text);
            })
          }
        />
      )}
    </>
  );
}

interface ViewProps {
  matching: Matching;
  programme: Programme;
  busy: boolean;
  onPropose: () => Promise<void>;
  onConfirm: () => Promise<void>;
  onSet: (schoolId: string | number, companyId: string, fixed: boolean, text: string) => Promise<void>;
  onRemove: (schoolId: string | number, text: string) => Promise<void>;
}

function MatchingView({ matching, programme, busy, onPropose, onConfirm, onSet, onRemove }: ViewProps) {
  const { t } = useI18n();
  const summary = summarise(matching);

  return (
    <>
      <section className="card" aria-labelledby="matching-summary">
        <h2 id="matching-summary">{t('matching.summary.title')}</h2>
        <p data-testid="matching-summary">
          {t('matching.summary.text', {
            proposed: summary.proposed,
            confirmed: summary.confirmed,
            unmatched: summary.unmatched,
            free: summary.freePlaces,
            total: matching.totalScore ?? 0,
          })}
        </p>
        <div className="actions">
          <button type="button" className="button" disabled={busy} onClick={onPropose}>
            {t('matching.propose')}
          </button>
          {summary.proposed > 0 && (
            <ConfirmButton
              small={false}
              label={t('matching.confirm')}
              question={t('matching.confirmQuestion', { pairs: summary.proposed })}
              confirmText={t('matching.confirmYes')}
              onConfirm={onConfirm}
            />
          )}
        </div>
        <p className="muted">{t('matching.proposeHint')}</p>
      </section>

      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t('matching.pairs.title')}</h2>
        {matching.pairs.length === 0 ? (
          <p>{t('matching.pairs.none')}</p>
        ) : (
          <PairsTable matching={matching} programme={programme} busy={busy} onSet={onSet} onRemove={onRemove} />
        )}
      </section>

      <section aria-labelledby="unmatched-title">
        <h2 id="unmatched-title">{t('matching.unmatched.title')}</h2>
        {matching.unmatchedSchools.length === 0 ? (
          <p>{t('matching.unmatched.none')}</p>
        ) : (
          <UnmatchedTable matching={matching} busy={busy} onSet={onSet} />
        )}
      </section>

      <section aria-labelledby="companies-title">
        <h2 id="companies-title">{t('matching.companies.title')}</h2>
        {matching.companies.length === 0 ? (
          <p>{t('matching.companies.none')}</p>
        ) : (
          <CompaniesTable companies={matching.companies} />
        )}
      </section>
    </>
  );
}

/** A company select with its button (the change is made on the button, not on choosing). */
function ChangeCompany({
  id,
  schoolName,
  companies,
  current,
  busy,
  buttonText,
  onChoose,
}: {
  id: string;
  schoolName: string;
  companies: MatchingCompany[];
  current: string | number | null;
  busy: boolean;
  buttonText: string;
  onChoose: (companyId: string) => void;
}) {
  const { t } = useI18n();
  const [choice, setChoice] = useState(current === null ? '' : String(current));
  const same = choice === '' || (current !== null && choice === String(current));
  return (
    <div className="inline-form">
      <label htmlFor={id} className="visually-hidden">
        {t('matching.companyFor', { school: schoolName })}
      </label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        {current === null && <option value="">{t('common.choose')}</option>}
        {companyOptions(t, companies, current).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small button--secondary" disabled={busy || same} onClick={() => onChoose(choice)}>
        {buttonText}
        <span className="visually-hidden"> ({schoolName})</span>
      </button>
    </div>
  );
}

function PairsTable({
  matching,
  programme,
  busy,
  onSet,
  onRemove,
}: {
  matching: Matching;
  programme: Programme;
  busy: boolean;
  onSet: ViewProps['onSet'];
  onRemove: ViewProps['onRemove'];
}) {
  const { t } = useI18n();
  const companyName = (id: string) => matching.companies.find((c) => String(c.organisationId) === id)?.name ?? id;
  const columns: Column<Pair>[] = [
    {
      title: t('matching.school'),
      rowHeader: true,
      cell: (p) => <Link to={`${schoolPath(programme.id, p.schoolId)}/plan`}>{p.schoolName}</Link>,
    },
    {
      title: t('matching.company'),
      cell: (p) => (
        <>
          <span className="pair__company">{p.companyName}</span>
          <ChangeCompany
            id={`pair-company-${p.schoolId}`}
            schoolName={p.schoolName}
            companies={matching.companies}
            current={p.companyId}
            busy={busy}
            buttonText={t('matching.change')}
            onChoose={(companyId) =>
              onSet(p.schoolId, companyId, true, t('matching.changed', { school: p.schoolName, company: companyName(companyId) }))
            }
          />
        </>
      ),
    },
    { title: t('matching.score'), cell: (p) => <strong>{p.score}</strong> },
    { title: t('matching.why.title'), cell: (p) => explain(t, p) },
    {
      title: t('matching.status'),
      cell: (p) => (
        <>
          <span className={`badge badge--pair-${p.status}`}>{t(p.status === 'confirmed' ? 'matching.status.confirmed' : 'matching.status.proposed')}</span>
          {p.fixed && (
            <>
              {' '}
              <span className="badge badge--fixed">{t('matching.status.fixed')}</span>
            </>
          )}
        </>
      ),
    },
    {
      title: <span className="visually-hidden">{t('matching.actions')}</span>,
      cell: (p) => (
        <div className="actions actions--tight">
          {p.status === 'proposed' && (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy}
              onClick={() =>
                onSet(
                  p.schoolId,
                  String(p.companyId),
                  !p.fixed,
                  t(p.fixed ? 'matching.unfixed' : 'matching.fixedDone', { school: p.schoolName }),
                )
              }
            >
              {t(p.fixed ? 'matching.unfix' : 'matching.fix')}
              <span className="visually-hidden"> ({p.schoolName})</span>
            </button>
          )}
          <ConfirmButton
            label={
              <>
                {t('matching.remove')}
                <span className="visually-hidden"> ({p.schoolName})</span>
              </>
            }
            question={t(p.status === 'confirmed' ? 'matching.removeConfirmedQuestion' : 'matching.removeQuestion', {
              school: p.schoolName,
              company: p.companyName,
            })}
            confirmText={t('matching.removeYes')}
            danger
            onConfirm={() => onRemove(p.schoolId, t('matching.removed', { school: p.schoolName }))}
          />
        </div>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('matching.pairs.title')}
      columns={columns}
      rows={matching.pairs}
      rowKey={(p) => String(p.schoolId)}
      rowProps={(p) => ({ 'data-school': p.schoolId, 'data-status': p.status })}
    />
  );
}

function UnmatchedTable({ matching, busy, onSet }: { matching: Matching; busy: boolean; onSet: ViewProps['onSet'] }) {
  const { t } = useI18n();
  const companyName = (id: string) => matching.companies.find((c) => String(c.organisationId) === id)?.name ?? id;
  const columns: Column<UnmatchedSchool>[] = [
    { title: t('matching.school'), rowHeader: true, cell: (s) => s.name },
    { title: t('matching.province.title'), cell: (s) => (s.province ? enumLabel(t, PROVINCE_TEXT, s.province) : '–') },
    { title: t('matching.focus'), cell: (s) => (s.focusCriteria.length > 0 ? s.focusCriteria.join(', ') : t('matching.noFocus')) },
    {
      title: t('matching.assign'),
      cell: (s) =>
        matching.companies.length === 0 ? (
          '–'
        ) : (
          <ChangeCompany
            id={`assign-company-${s.organisationId}`}
            schoolName={s.name}
            companies={matching.companies}
            current={null}
            busy={busy}
            buttonText={t('matching.assignButton')}
            onChoose={(companyId) =>
              onSet(s.organisationId, companyId, true, t('matching.changed', { school: s.name, company: companyName(companyId) }))
            }
          />
        ),
    },
  ];
  return (
    <DataTable
      caption={t('matching.unmatched.title')}
      columns={columns}
      rows={matching.unmatchedSchools}
      rowKey={(s) => String(s.organisationId)}
      rowProps={(s) => ({ 'data-school': s.organisationId })}
    />
  );
}

function CompaniesTable({ companies }: { companies: MatchingCompany[] }) {
  const { t } = useI18n();
  const columns: Column<MatchingCompany>[] = [
    { title: t('matching.company'), rowHeader: true, cell: (c) => c.name },
    { title: t('matching.province.title'), cell: (c) => (c.province ? enumLabel(t, PROVINCE_TEXT, c.province) : '–') },
    { title: t('matching.expertise'), cell: (c) => (c.expertise.length > 0 ? c.expertise.join(', ') : '–') },
    { title: t('matching.places'), cell: (c) => t('matching.placesText', { used: c.used, capacity: c.capacity }) },
  ];
  return (
    <DataTable
      caption={t('matching.companies.title')}
      columns={columns}
      rows={companies}
      rowKey={(c) => String(c.organisationId)}
      rowProps={(c) => ({ 'data-company': c.organisationId })}
    />
  );
}
