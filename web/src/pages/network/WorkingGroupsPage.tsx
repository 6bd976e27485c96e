import { useState } from 'react';
import { Link } from 'react-router';
import { networkApi } from '../../api/network';
import { MEASUREMENT_KINDS } from '../../api';
import type { MeasurementKind, Programme } from '../../api';
import { SelectField } from '../../components/fields';
import { KIND_TEXT } from '../measurement/texts';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { useI18n } from '../../i18n';
import { criterionName, useCriteria } from '../label/useCriteria';
import { OrganiserFrame } from '../organiser/OrganiserFrame';
import { draftsFromProposal, draftToInput } from './logic';
import type { DraftGroup } from './logic';
import { GROUP_STATUS_TEXT } from './texts';
import '../../styles/network.css';

/** `/organiser/programmes/:id/working-groups`: the programme's groups; a proposal from the focus points becomes groups. */
export function WorkingGroupsPage() {
  const { t } = useI18n();
  return <OrganiserFrame title={t('workingGroups.title')}>{(programme) => <Groups programme={programme} />}</OrganiserFrame>;
}

function Groups({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const { state, reload } = useLoad(() => networkApi.workingGroups(programme.id), [programme.id]);
  const criteria = useCriteria(programme.frameworkId, programme.frameworkVersion);
  const [drafts, setDrafts] = useState<DraftGroup[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [measurement, setMeasurement] = useState<MeasurementKind>('baseline');

  const propose = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const { proposal } = await networkApi.proposal(programme.id, measurement);
      setDrafts(draftsFromProposal(proposal));
      setNotice({ text: t('workingGroups.proposalReady', { count: proposal.length }), error: false });
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    } finally {
      setBusy(false);
    }
  };

  const update = (index: number, change: (d: DraftGroup) => DraftGroup) =>
    setDrafts((list) => (list ? list.map((d, i) => (i === index ? change(d) : d)) : list));

  const create = async (index: number) => {
    const draft = drafts?.[index];
    if (!draft) return;
    setNotice(null);
    try {
      const group = await networkApi.createGroup(programme.id, draftToInput(draft, ''));
      update(index, (d) => ({ ...d, createdId: group.id }));
      setNotice({ text: t('workingGroups.created', { title: group.title }), error: false });
      reload();
    } catch (e) {
      setNotice({ text: generalMessage(t, e), error: true });
    }
  };

  return (
    <>
      <p className="lead">{t('workingGroups.intro')}</p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <section className="card" aria-labelledby="groups-title">
          <h2 id="groups-title">{t('workingGroups.existing')}</h2>
          {state.data.groups.length === 0 ? (
            <EmptyState>{t('workingGroups.none')}</EmptyState>
          ) : (
            <DataTable
              caption={t('workingGroups.existing')}
              rows={state.data.groups}
              rowKey={(g) => g.id}
              rowProps={(g) => ({ 'data-group': g.title })}
              columns={[
                { title: t('workingGroups.groupTitle'), rowHeader: true, cell: (g) => <Link to={`/working-groups/${encodeURIComponent(String(g.id))}`}>{g.title}</Link> },
                { title: t('workingGroups.criteria'), cell: (g) => g.criterionIds.map((c) => criterionName(criteria, c)).join('; ') },
                { title: t('workingGroups.members'), className: 'num', cell: (g) => g.members.length },
                { title: t('workingGroups.status'), cell: (g) => t(GROUP_STATUS_TEXT[g.status]) },
              ]}
            />
          )}
        </section>
      )}

      <section className="card" aria-labelledby="proposal-title">
        <h2 id="proposal-title">{t('workingGroups.proposal')}</h2>
        <p>{t('workingGroups.proposalIntro')}</p>
        <SelectField
          id="proposal-measurement"
          label={t('workingGroups.fromMeasurement')}
          value={measurement}
          onChange={(v) => setMeasurement(v === 'final' ? 'final' : 'baseline')}
          options={MEASUREMENT_KINDS.map((k) => ({ value: k, label: t(KIND_TEXT[k]) }))}
        />
        <Button onClick={propose} disabled={busy}>
          {drafts ? t('workingGroups.proposeAgain') : t('workingGroups.propose')}
        </Button>
        {drafts && drafts.length === 0 && <EmptyState>{t('workingGroups.proposalEmpty')}</EmptyState>}
        {drafts?.map((draft, index) => (
          <fieldset key={index} className="fieldset proposal-group" data-proposal={index}>
            <legend>{t('workingGroups.proposedGroup', { number: index + 1 })}</legend>
            <div className="field">
              <label htmlFor={`draft-${index}-title`}>{t('workingGroups.groupTitle')}</label>
              <input
                id={`draft-${index}-title`}
                type="text"
                value={draft.title}
                disabled={draft.createdId !== null}
                onChange={(e) => update(index, (d) => ({ ...d, title: e.target.value }))}
              />
            </div>
            <p>
              {t('workingGroups.criteria')}: {draft.criterionIds.map((c) => criterionName(criteria, c)).join('; ')}
            </p>
            <MemberChoice
              legend={t('workingGroups.schools')}
              empty={t('workingGroups.noSchools')}
              idPrefix={`draft-${index}-school`}
              items={draft.schools}
              disabled={draft.createdId !== null}
              onToggle={(i, chosen) => update(index, (d) => ({ ...d, schools: d.schools.map((s, j) => (j === i ? { ...s, chosen } : s)) }))}
            />
            <MemberChoice
              legend={t('workingGroups.companies')}
              empty={t('workingGroups.noCompanies')}
              idPrefix={`draft-${index}-company`}
              items={draft.companies}
              disabled={draft.createdId !== null}
              onToggle={(i, chosen) => update(index, (d) => ({ ...d, companies: d.companies.map((s, j) => (j === i ? { ...s, chosen } : s)) }))}
            />
            {draft.createdId === null ? (
              <Button onClick={() => create(index)} disabled={draft.title.trim() === ''}>
                {t('workingGroups.create')}{' '}
                <span className="visually-hidden">({draft.title})</span>
              </Button>
            ) : (
              <p>
                <Link to={`/working-groups/${encodeURIComponent(String(draft.createdId))}`}>{t('workingGroups.openCreated', { title: draft.title })}</Link>
              </p>
            )}
          </fieldset>
        ))}
      </section>
      <NoticeArea notice={notice} />
    </>
  );
}

function MemberChoice({
  legend,
  empty,
  idPrefix,
  items,
  disabled,
  onToggle,
}: {
  legend: string;
  empty: string;
  idPrefix: string;
  items: { id: string | number; name: string; chosen: boolean }[];
  disabled: boolean;
  onToggle: (index: number, chosen: boolean) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        items.map((item, i) => (
          <div className="check" key={item.id}>
            <input id={`${idPrefix}-${item.id}`} type="checkbox" checked={item.chosen} disabled={disabled} onChange={(e) => onToggle(i, e.target.checked)} />
            <label htmlFor={`${idPrefix}-${item.id}`}>{item.name}</label>
          </div>
        ))
      )}
    </fieldset>
  );
}
