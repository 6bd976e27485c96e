import { CountedFilter } from '../../components/CountedFilter';
import { useState } from 'react';
import { Link } from 'react-router';
import { PROVINCES } from '../../api';
import type { Programme } from '../../api';
import { mentoringApi } from '../../api/mentoring';
import type { CompanyList, Matching, MatchingCompany, Pair, PairList, PairStatus, UnmatchedList, UnmatchedSchool } from '../../api/mentoring';
import type { Column } from '../../components/DataTable';
import { label as enumLabel, options, PROVINCE_TEXT } from '../../components/enumLabels';
import { SelectField } from '../../components/fields';
import { formatCount, PagedTable } from '../../components/PagedTable';
import { pageParams, usePagedList } from '../../components/usePagedList';
import type { PagedList } from '../../components/usePagedList';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { SearchPicker } from '../../components/SearchPicker';
import type { PickerAnswer, PickerOption } from '../../components/SearchPicker';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { schoolPath } from '../measurement/texts';
import { OrganiserFrame } from '../organiser/OrganiserFrame';
import { ConfirmButton } from '../../components/ConfirmButton';
import { companyOptions, explain } from './matchingLogic';
import '../../styles/plan.css';
import { StatusTag } from '../../components/StatusTag';
import { Button } from '../../components/Button';

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
  const summary = useLoad(() => mentoringApi.matching(programme.id), [programme.id]);
  // The company choice of a row searches the companies on the server (never all 1,000 of a region).
  const searchCompanies = async (q: string, current: string | number | null): Promise<PickerAnswer> => {
    const page = await mentoringApi.companies(programme.id, { q, size: PICKER_SIZE, sort: 'name' });
    const names = new Map(page.companies.map((c) => [String(c.organisationId), c.name]));
    return { options: companyOptions(t, page.companies, current).map((o) => ({ ...o, name: names.get(o.value) })), total: page.total };
  };
  const pairs = usePagedList<PairList>((query) => mentoringApi.pairs(programme.id, pageParams(query)), { sort: 'school', filters: { status: '' } }, [
    programme.id,
  ]);
  const unmatched = usePagedList<UnmatchedList>(
    (query) => mentoringApi.unmatched(programme.id, pageParams(query)),
    { sort: 'name', filters: { province: '' } },
    [programme.id],
  );
  const companyList = usePagedList<CompanyList>((query) => mentoringApi.companies(programme.id, pageParams(query)), { sort: 'name' }, [
    programme.id,
  ]);
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
  // After the proposal or the confirmation every list may have changed: the summary comes in the answer.
  const everything = (matching: Matching) => {
    summary.setData(matching);
    pairs.reload();
    unmatched.reload();
    companyList.reload();
  };
  // A row's action: that row is replaced (or dropped) from the answer; the figures and places follow.
  const rowChanged = (before: Pair | null, after: Pair | null) => {
    const school = String((after ?? before)?.schoolId);
    pairs.update((list) => ({
      ...list,
      pairs: after ? list.pairs.map((p) => (String(p.schoolId) === school ? after : p)) : list.pairs.filter((p) => String(p.schoolId) !== school),
    }));
    if (before === null || after === null) {
      // A school went into or out of the pairs: those lists are read again at their place in the order.
      if (before === null) pairs.reload();
      unmatched.reload();
    }
    companyList.reload();
    summary.reload();
  };
  const pairOf = (schoolId: string | number): Pair | null =>
    (pairs.state.status === 'ready' ? pairs.state.data.pairs.find((p) => String(p.schoolId) === String(schoolId)) : undefined) ?? null;

  return (
    <>
      <p className="lead">{t('matching.intro')}</p>
      <NoticeArea notice={notice} />
      <LoadStatus state={summary.state} onRetry={summary.reload} />
      {summary.state.status === 'ready' && (
        <SummarySection
          matching={summary.state.data}
          busy={busy}
          onPropose={() =>
            act(async () => {
              const matching = await mentoringApi.propose(programme.id);
              everything(matching);
              return t('matching.proposed', { count: matching.counts.proposed });
            })
          }
          onConfirm={(before) =>
            act(async () => {
              everything(await mentoringApi.confirm(programme.id));
              return t('matching.confirmed', { count: before });
            })
          }
        />
      )}
      <MatchingLists
        programme={programme}
        pairs={pairs}
        unmatched={unmatched}
        companyList={companyList}
        searchCompanies={searchCompanies}
        busy={busy}
        onSet={(school, companyId, fixed, text) =>
          act(async () => {
            const before = pairOf(school);
            rowChanged(before, await mentoringApi.setPair(programme.id, school, companyId, fixed));
            return text;
          })
        }
        onRemove={(school, text) =>
          act(async () => {
            const before = pairOf(school);
            await mentoringApi.removePair(programme.id, school);
            rowChanged(before, null);
            return text;
          })
        }
      />
    </>
  );
}

/** Companies shown per search in a row's company choice. */
const PICKER_SIZE = 20;

type SearchCompanies = (q: string, current: string | number | null) => Promise<PickerAnswer>;

interface RowActions {
  onSet: (schoolId: string | number, companyId: string, fixed: boolean, text: string) => Promise<void>;
  onRemove: (schoolId: string | number, text: string) => Promise<void>;
}

function SummarySection({
  matching,
  busy,
  onPropose,
  onConfirm,
}: {
  matching: Matching;
  busy: boolean;
  onPropose: () => Promise<void>;
  onConfirm: (pairs: number) => Promise<void>;
}) {
  const { t, language } = useI18n();
  const c = matching.counts;
  const count = (n: number) => formatCount(language, n);
  return (
    <section className="card" aria-labelledby="matching-summary">
      <h2 id="matching-summary">{t('matching.summary.title')}</h2>
      <p data-testid="matching-summary">
        {t('matching.summary.text', {
          proposed: t('matching.summary.proposed', { count: c.proposed }),
          confirmed: t('matching.summary.confirmed', { count: c.confirmed }),
          unmatched: t('matching.summary.unmatched', { count: c.unmatched }),
          free: t('matching.summary.free', { count: c.freePlaces }),
          total: count(matching.totalScore ?? 0),
        })}
      </p>
      <div className="actions">
        <Button disabled={busy} onClick={onPropose}>
          {t('matching.propose')}
        </Button>
        {c.proposed > 0 && (
          <ConfirmButton
            small={false}
            label={t('matching.confirm')}
            question={t('matching.confirmQuestion', { count: c.proposed })}
            confirmText={t('matching.confirmYes')}
            onConfirm={() => onConfirm(c.proposed)}
          />
        )}
      </div>
      <p className="muted">{t('matching.proposeHint')}</p>
    </section>
  );
}

function MatchingLists({
  programme,
  pairs,
  unmatched,
  companyList,
  searchCompanies,
  busy,
  onSet,
  onRemove,
}: RowActions & {
  programme: Programme;
  pairs: PagedList<PairList>;
  unmatched: PagedList<UnmatchedList>;
  companyList: PagedList<CompanyList>;
  searchCompanies: SearchCompanies;
  busy: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t('matching.pairs.title')}</h2>
        {pairs.state.status !== 'ready' ? (
          <LoadStatus state={pairs.state} onRetry={pairs.reload} />
        ) : (
          <PairsTable
            list={pairs}
            answer={pairs.state.data}
            searchCompanies={searchCompanies}
            programme={programme}
            busy={busy}
            onSet={onSet}
            onRemove={onRemove}
          />
        )}
      </section>
      <section aria-labelledby="unmatched-title">
        <h2 id="unmatched-title">{t('matching.unmatched.title')}</h2>
        {unmatched.state.status !== 'ready' ? (
          <LoadStatus state={unmatched.state} onRetry={unmatched.reload} />
        ) : (
          <UnmatchedTable list={unmatched} answer={unmatched.state.data} searchCompanies={searchCompanies} busy={busy} onSet={onSet} />
        )}
      </section>
      <section aria-labelledby="companies-title">
        <h2 id="companies-title">{t('matching.companies.title')}</h2>
        {companyList.state.status !== 'ready' ? (
          <LoadStatus state={companyList.state} onRetry={companyList.reload} />
        ) : (
          <CompaniesTable list={companyList} answer={companyList.state.data} />
        )}
      </section>
    </>
  );
}

/**
 * A company choice with its button (the change is made on the button, not on choosing): a search over the
 * programme's companies, each option with its free places (SearchPicker).
 */
function ChangeCompany({
  id,
  schoolName,
  searchCompanies,
  current,
  busy,
  buttonText,
  onChoose,
}: {
  id: string;
  schoolName: string;
  searchCompanies: SearchCompanies;
  current: string | number | null;
  busy: boolean;
  buttonText: string;
  onChoose: (companyId: string, companyName: string) => void;
}) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<PickerOption | null>(null);
  const same = choice === null || (current !== null && choice.value === String(current));
  return (
    <div className="inline-form">
      <SearchPicker
        id={id}
        label={t('matching.companyFor', { school: schoolName })}
        hideLabel
        search={(q) => searchCompanies(q, current)}
        chosen={choice}
        onChoose={setChoice}
      />
      <Button
        variant="secondary"
        size="small"
        disabled={busy || same}
        onClick={() => choice && onChoose(choice.value, choice.name ?? choice.label)}
      >
        {buttonText}
        <span className="visually-hidden"> ({schoolName})</span>
      </Button>
    </div>
  );
}

function PairsTable({
  list,
  answer,
  searchCompanies,
  programme,
  busy,
  onSet,
  onRemove,
}: RowActions & {
  list: PagedList<PairList>;
  answer: PairList;
  searchCompanies: SearchCompanies;
  programme: Programme;
  busy: boolean;
}) {
  const { t } = useI18n();
  const columns: Column<Pair>[] = [
    {
      title: t('matching.school'),
      rowHeader: true,
      sort: 'school',
      cell: (p) => <Link to={`${schoolPath(programme.id, p.schoolId)}/plan`}>{p.schoolName}</Link>,
    },
    {
      title: t('matching.company'),
      sort: 'company',
      cell: (p) => (
        <>
          <span className="pair__company">{p.companyName}</span>
          <ChangeCompany
            id={`pair-company-${p.schoolId}`}
            schoolName={p.schoolName}
            searchCompanies={searchCompanies}
            current={p.companyId}
            busy={busy}
            buttonText={t('matching.change')}
            onChoose={(companyId, company) => onSet(p.schoolId, companyId, true, t('matching.changed', { school: p.schoolName, company }))}
          />
        </>
      ),
    },
    { title: t('matching.score'), sort: 'score', cell: (p) => <strong>{p.score}</strong> },
    { title: t('matching.why.title'), cell: (p) => explain(t, p) },
    {
      title: t('matching.status'),
      sort: 'status',
      cell: (p) => (
        <>
          <StatusTag tone={p.status === 'confirmed' ? 'done' : 'waiting'}>
            {t(p.status === 'confirmed' ? 'matching.status.confirmed' : 'matching.status.proposed')}
          </StatusTag>
          {p.fixed && (
            <>
              {' '}
              <StatusTag tone="marked">{t('matching.status.fixed')}</StatusTag>
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
            <Button
              variant="secondary"
              size="small"
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
            </Button>
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
  const statusOption = (s: PairStatus) => t(s === 'confirmed' ? 'matching.status.confirmed' : 'matching.status.proposed');
  return (
    <PagedTable
      id="pairs"
      list={list}
      answer={answer}
      rows={answer.pairs}
      caption={t('matching.pairs.title')}
      columns={columns}
      rowKey={(p) => String(p.schoolId)}
      rowProps={(p) => ({ 'data-school': p.schoolId, 'data-status': p.status })}
      searchLabel={t('matching.searchPairs')}
      empty={t('matching.pairs.none')}
      filters={
        <CountedFilter
          id="pairs-status"
          label={t('matching.status')}
          value={list.query.filters.status ?? ''}
          onChange={(v) => list.setFilter('status', v)}
          counts={answer.counts.status}
          allLabel={t('matching.allPairs')}
          options={(['proposed', 'confirmed'] as const).map((s) => ({ value: s, label: statusOption(s) }))}
        />
      }
    />
  );
}

function UnmatchedTable({
  list,
  answer,
  searchCompanies,
  busy,
  onSet,
}: Pick<RowActions, 'onSet'> & { list: PagedList<UnmatchedList>; answer: UnmatchedList; searchCompanies: SearchCompanies; busy: boolean }) {
  const { t } = useI18n();
  const columns: Column<UnmatchedSchool>[] = [
    { title: t('matching.school'), rowHeader: true, sort: 'name', cell: (s) => s.name },
    {
      title: t('matching.province.title'),
      sort: 'province',
      cell: (s) => (s.province ? enumLabel(t, PROVINCE_TEXT, s.province) : '–'),
    },
    { title: t('matching.focus'), cell: (s) => (s.focusCriteria.length > 0 ? s.focusCriteria.join(', ') : t('matching.noFocus')) },
    {
      title: t('matching.assign'),
      cell: (s) => (
        <ChangeCompany
          id={`assign-company-${s.organisationId}`}
          schoolName={s.name}
          searchCompanies={searchCompanies}
          current={null}
          busy={busy}
          buttonText={t('matching.assignButton')}
          onChoose={(companyId, company) => onSet(s.organisationId, companyId, true, t('matching.changed', { school: s.name, company }))}
        />
      ),
    },
  ];
  return (
    <PagedTable
      id="unmatched"
      list={list}
      answer={answer}
      rows={answer.schools}
      caption={t('matching.unmatched.title')}
      columns={columns}
      rowKey={(s) => String(s.organisationId)}
      rowProps={(s) => ({ 'data-school': s.organisationId })}
      searchLabel={t('matching.searchSchools')}
      empty={t('matching.unmatched.none')}
      filters={
        <SelectField
          id="unmatched-province"
          inline
          label={t('matching.province.title')}
          value={list.query.filters.province ?? ''}
          onChange={(v) => list.setFilter('province', v)}
          options={options(t, PROVINCES, PROVINCE_TEXT)}
          placeholder={t('matching.allProvinces')}
        />
      }
    />
  );
}

function CompaniesTable({ list, answer }: { list: PagedList<CompanyList>; answer: CompanyList }) {
  const { t } = useI18n();
  const columns: Column<MatchingCompany>[] = [
    { title: t('matching.company'), rowHeader: true, sort: 'name', cell: (c) => c.name },
    {
      title: t('matching.province.title'),
      sort: 'province',
      cell: (c) => (c.province ? enumLabel(t, PROVINCE_TEXT, c.province) : '–'),
    },
    { title: t('matching.expertise'), cell: (c) => (c.expertise.length > 0 ? c.expertise.join(', ') : '–') },
    { title: t('matching.places'), sort: 'free', cell: (c) => t('matching.placesText', { used: c.used, capacity: c.capacity }) },
  ];
  return (
    <PagedTable
      id="companies"
      list={list}
      answer={answer}
      rows={answer.companies}
      caption={t('matching.companies.title')}
      columns={columns}
      rowKey={(c) => String(c.organisationId)}
      rowProps={(c) => ({ 'data-company': c.organisationId })}
      searchLabel={t('matching.searchCompanies')}
      empty={t('matching.companies.none')}
    />
  );
}
