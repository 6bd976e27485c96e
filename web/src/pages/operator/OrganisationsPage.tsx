import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { operatorApi } from '../../api/operator';
import type { OperatorOrganisation, OperatorOrganisationPage } from '../../api/operator';
import type { Language } from '../../api';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import type { Column } from '../../components/DataTable';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/fields';
import { formatMoment, isoMoment } from '../../components/dates';
import { splitApiError, summaryItems } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import {
  checkNewOrganisation,
  EMPTY_ORGANISATION,
  ORGANISATION_FIELD_IDS,
  ORGANISATION_FIELD_ORDER,
  ORGANISATION_NAME_MAX,
  ORGANISER_NAME_MAX,
  pageFromParam,
} from './logic';
import type { NewOrganisationForm } from './logic';
import { OperatorOnly } from './OperatorOnly';
import '../../styles/operator.css';

/** `/operator`: the operator's organiser organisations: a new one with its first organiser, and the list. */
export function OrganisationsPage() {
  return (
    <OperatorOnly>
      <Organisations />
    </OperatorOnly>
  );
}

function Organisations() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const page = pageFromParam(params.get('page'));
  const { state, reload } = useLoad<OperatorOrganisationPage>(() => operatorApi.organisations({ q, page }), [q, page]);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const go = (next: { q: string; page: number }) => {
    const p: Record<string, string> = {};
    if (next.q.trim()) p.q = next.q.trim();
    if (next.page > 1) p.page = String(next.page);
    setParams(p);
  };

  const title = t('operator.organisations.title');
  return (
    <Page className="operator" title={title}>
      <p className="lead">{t('operator.organisations.intro')}</p>

      <NewOrganisation
        onCreated={() => {
          // Show the list from its start, where a search would find the new one.
          if (q || page > 1) setParams({});
          else reload();
        }}
      />

      <section aria-labelledby="organisations-list-title">
        <h2 id="organisations-list-title" ref={listHeading} tabIndex={-1}>
          {t('operator.organisations.listTitle')}
        </h2>
        <SearchForm initial={q} onSearch={(text) => go({ q: text, page: 1 })} />
        <p role="status" className="operator__count">
          {state.status === 'ready' &&
            (q
              ? t('operator.organisations.countFor', { count: state.data.total, q })
              : t('operator.organisations.count', { count: state.data.total }))}
        </p>
        <LoadStatus state={state} onRetry={reload} />
        {state.status === 'ready' && (
          <>
            {state.data.organisations.length === 0 ? (
              <EmptyState>{q ? t('operator.organisations.noneFound') : t('operator.organisations.empty')}</EmptyState>
            ) : (
              <OrganisationTable organisations={state.data.organisations} />
            )}
            <Pagination
              label={t('operator.organisations.pages')}
              page={state.data.page}
              pages={state.data.pages}
              onPage={(next) => {
                go({ q, page: next });
                listHeading.current?.focus();
              }}
            />
          </>
        )}
      </section>
    </Page>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  // The URL's search (back, forward, a new organisation) wins over what was typed; the form itself stays
  // mounted, so the focus stays on its button.
  useEffect(() => setDraft(initial), [initial]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSearch(draft);
  };
  return (
    <form className="filters" role="search" aria-label={t('operator.organisations.searchLabel')} onSubmit={submit}>
      <FormField id="organisation-search" type="search" label={t('operator.organisations.search')} value={draft} onChange={setDraft} maxLength={200} />
      <div className="form__actions">
        <Button type="submit">{t('operator.organisations.searchButton')}</Button>
        {initial && (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft('');
              onSearch('');
            }}
          >
            {t('operator.organisations.clearSearch')}
          </Button>
        )}
      </div>
    </form>
  );
}

function OrganisationTable({ organisations }: { organisations: OperatorOrganisation[] }) {
  const { t, language } = useI18n();
  const columns: Column<OperatorOrganisation>[] = [
    { title: t('operator.organisations.col.name'), rowHeader: true, cell: (o) => o.name },
    {
      title: t('operator.organisations.col.organisers'),
      cell: (o) =>
        o.invitedOrganisers ? `${o.organisers} ${t('operator.organisations.invited', { count: o.invitedOrganisers })}` : o.organisers,
      className: 'num',
    },
    { title: t('operator.organisations.col.programmes'), cell: (o) => o.programmes, className: 'num' },
    {
      title: t('operator.organisations.col.created'),
      cell: (o) => <time dateTime={isoMoment(o.createdAt)}>{formatMoment(o.createdAt, language)}</time>,
    },
  ];
  return (
    <DataTable
      caption={t('operator.organisations.caption')}
      columns={columns}
      rows={organisations}
      rowKey={(o) => o.id}
      rowProps={(o) => ({ 'data-organisation': o.id })}
    />
  );
}

const LANGUAGE_NAME: Record<Language, 'inbox.languageName.nl' | 'inbox.languageName.en'> = {
  nl: 'inbox.languageName.nl',
  en: 'inbox.languageName.en',
};

/** The form for a new organiser organisation; the server mails its first organiser an invitation. */
function NewOrganisation({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<NewOrganisationForm>(EMPTY_ORGANISATION);
  const { errors, general, version, fail, clear } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const ids = ORGANISATION_FIELD_IDS;

  const set =
    <K extends keyof NewOrganisationForm>(key: K) =>
    (value: NewOrganisationForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setNotice(null);
    const found = checkNewOrganisation(t, form);
    if (Object.keys(found).length > 0) return fail(found);
    setBusy(true);
    const body: NewOrganisationForm = {
      name: form.name.trim(),
      organiserName: form.organiserName.trim(),
      organiserEmail: form.organiserEmail.trim(),
      language: form.language,
    };
    try {
      await operatorApi.createOrganisation(body);
      clear();
      setForm(EMPTY_ORGANISATION);
      setNotice({
        text: t('operator.new.created', { name: body.name, person: body.organiserName, email: body.organiserEmail }),
        error: false,
      });
      onCreated();
    } catch (error) {
      const split = splitApiError(t, error, ids);
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="new-organisation-title">
      <h2 id="new-organisation-title">{t('operator.new.title')}</h2>
      <p>{t('operator.new.intro')}</p>
      <NoticeArea notice={notice} />
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={summaryItems(ORGANISATION_FIELD_ORDER, errors, general)}
        version={version}
        titleId="new-organisation-errors"
      />
      <form className="form" noValidate onSubmit={submit}>
        <FormField id={ids.name} label={t('operator.new.name')} value={form.name} onChange={set('name')} error={errors[ids.name]} maxLength={ORGANISATION_NAME_MAX} autoComplete="off" required />
        <FormField
          id={ids.organiserName}
          label={t('operator.new.organiserName')}
          value={form.organiserName}
          onChange={set('organiserName')}
          error={errors[ids.organiserName]}
          maxLength={ORGANISER_NAME_MAX}
          autoComplete="off"
          required
        />
        <FormField
          id={ids.organiserEmail}
          type="email"
          label={t('operator.new.organiserEmail')}
          hint={t('operator.new.organiserEmailHint')}
          value={form.organiserEmail}
          onChange={set('organiserEmail')}
          error={errors[ids.organiserEmail]}
          autoComplete="off"
          required
        />
        <SelectField
          id={ids.language}
          label={t('operator.new.language')}
          hint={t('operator.new.languageHint')}
          value={form.language}
          onChange={(v) => set('language')(v === 'en' ? 'en' : 'nl')}
          options={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(LANGUAGE_NAME[l]) }))}
          error={errors[ids.language]}
          required
        />
        <FormActions label={busy ? t('operator.new.submitting') : t('operator.new.submit')} busy={busy} />
      </form>
    </section>
  );
}
