import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PROVINCES } from '../../api';
import { labelApi } from '../../api/label';
import type { Showcase } from '../../api/label';
import { formatDay } from '../../components/dates';
import { label as enumLabel, PROVINCE_TEXT } from '../../components/enumLabels';
import { SelectField } from '../../components/fields';
import { FormField } from '../../components/FormField';
import { pageRange } from '../../components/PagedTable';
import { Pagination } from '../../components/Pagination';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { LABEL_TEXT, localVerifyPath, SHOWCASE_LABELS } from './logic';
import '../../styles/label.css';
import { FormActions } from '../../components/FormActions';

/**
 * `/showcase`: the schools that hold a valid label and agreed to be shown, filtered by province and
 * label and searched by name or municipality, each with a link to verify its certificate, a page at a time
 * from the server. Public; the filters and the page live in the address (so a filtered list can be shared).
 */
export function ShowcasePage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? '';
  const labelFilter = params.get('label') ?? '';
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draftProvince, setDraftProvince] = useState(province);
  const [draftLabel, setDraftLabel] = useState(labelFilter);
  const [draftSearch, setDraftSearch] = useState(search);

  const { state: load, reload } = useLoad<Showcase>(
    () => labelApi.showcase({ province, label: labelFilter, q: search, page: page > 1 ? page : undefined }),
    [province, labelFilter, search, page],
    { showLoading: true },
  );

  // The filters and the page live in the address; new filters start at page 1.
  const show = (filters: { province: string; label: string; q: string }, toPage = 1) => {
    const next = new URLSearchParams();
    if (filters.province) next.set('province', filters.province);
    if (filters.label) next.set('label', filters.label);
    if (filters.q.trim()) next.set('q', filters.q.trim());
    if (toPage > 1) next.set('page', String(toPage));
    setParams(next);
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    show({ province: draftProvince, label: draftLabel, q: draftSearch });
  };

  // The server names the provinces that have schools on show; all provinces until it has answered.
  const provinces = load.status === 'ready' && load.data.provinces.length > 0 ? load.data.provinces : PROVINCES;
  const provinceOptions = [...new Set([...provinces, ...(province ? [province] : [])])].map((p) => ({
    value: p,
    label: enumLabel(t, PROVINCE_TEXT, p),
  }));
  const title = t('showcase.title');

  return (
    <Page title={title} className="label-page">
      <p className="lead">{t('showcase.intro')}</p>
      <form className="filters" onSubmit={apply} aria-label={t('showcase.filters')}>
        <FormField id="showcase-q" type="search" label={t('showcase.search')} hint={t('showcase.searchHint')} value={draftSearch} onChange={setDraftSearch} />
        <SelectField
          id="showcase-province"
          label={t('showcase.province')}
          value={draftProvince}
          onChange={setDraftProvince}
          placeholder={t('showcase.allProvinces')}
          options={provinceOptions}
        />
        <SelectField
          id="showcase-label"
          label={t('showcase.label')}
          value={draftLabel}
          onChange={setDraftLabel}
          placeholder={t('showcase.allLabels')}
          options={SHOWCASE_LABELS.map((l) => ({ value: l, label: t(LABEL_TEXT[l]) }))}
        />
        <FormActions label={t('showcase.apply')} busy={false} />
      </form>

      <LoadStatus state={load} onRetry={reload} />
      <div role="status" className="live">
        {load.status === 'ready' && (
          <p data-testid="showcase-count">
            {load.data.total === 0
              ? t('showcase.none')
              : t('showcase.count', { count: load.data.total })}
            {load.data.pages > 1 && ` ${pageRange(t, language, load.data, load.data.schools.length)}`}
          </p>
        )}
      </div>
      {load.status === 'ready' && load.data.schools.length > 0 && (
        <ul className="showcase-list" aria-label={t('showcase.listLabel')}>
          {load.data.schools.map((school) => (
            <li key={school.verifyUrl} className="showcase-school" data-school={school.schoolName}>
              <h2 className="showcase-school__name">{school.schoolName}</h2>
              <p>
                {school.municipality}, {enumLabel(t, PROVINCE_TEXT, school.province)}
              </p>
              <p>
                <span className={`label-badge label-badge--${school.label}`}>{t(LABEL_TEXT[school.label] ?? 'label.value.none')}</span>{' '}
                {t('showcase.validUntil', { date: formatDay(school.validUntil, language) })}
              </p>
              <p>
                <Link to={localVerifyPath(school.verifyUrl)}>
                  {t('showcase.verify')}
                  {' '}<span className="visually-hidden">({school.schoolName})</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {load.status === 'ready' && (
        <Pagination
          label={t('paging.pages', { list: t('showcase.listLabel') })}
          page={load.data.page}
          pages={load.data.pages}
          onPage={(p) => show({ province, label: labelFilter, q: search }, p)}
        />
      )}
      <p>
        <Link to="/verify">{t('showcase.toVerify')}</Link>
      </p>
    </Page>
  );
}
