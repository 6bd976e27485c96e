import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PROVINCES } from '../../api';
import { labelApi } from '../../api/label';
import type { Showcase } from '../../api/label';
import { formatDay } from '../../components/dates';
import { label as enumLabel, PROVINCE_TEXT } from '../../components/enumLabels';
import { SelectField } from '../../components/fields';
import { LoadStatus } from '../../components/LoadStatus';
import { useLoad } from '../../components/useLoad';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { LABEL_TEXT, localVerifyPath, SHOWCASE_LABELS } from './logic';
import '../../styles/label.css';

/**
 * `/showcase`: the schools that hold a valid label and agreed to be shown, filtered by province and
 * label, each with a link to verify its certificate. Public; the filters live in the address.
 */
export function ShowcasePage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? '';
  const labelFilter = params.get('label') ?? '';
  const [draftProvince, setDraftProvince] = useState(province);
  const [draftLabel, setDraftLabel] = useState(labelFilter);

  const { state: load, reload } = useLoad<Showcase>(() => labelApi.showcase({ province, label: labelFilter }), [province, labelFilter], {
    showLoading: true,
  });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draftProvince) next.set('province', draftProvince);
    if (draftLabel) next.set('label', draftLabel);
    setParams(next);
  };

  // The server names the provinces that have schools on show; all provinces until it has answered.
  const provinces = load.status === 'ready' && load.data.provinces.length > 0 ? load.data.provinces : PROVINCES;
  const provinceOptions = [...new Set([...provinces, ...(province ? [province] : [])])].map((p) => ({
    value: p,
    label: enumLabel(t, PROVINCE_TEXT, p),
  }));
  const title = t('showcase.title');

  return (
    <div className="label-page">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('showcase.intro')}</p>
      <form className="filters" onSubmit={apply} aria-label={t('showcase.filters')}>
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
        <div className="form__actions">
          <button type="submit" className="button">
            {t('showcase.apply')}
          </button>
        </div>
      </form>

      <LoadStatus state={load} onRetry={reload} />
      <div role="status" className="live">
        {load.status === 'ready' && (
          <p data-testid="showcase-count">
            {load.data.schools.length === 0
              ? t('showcase.none')
              : load.data.schools.length === 1
                ? t('showcase.countOne')
                : t('showcase.count', { count: load.data.schools.length })}
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
      <p>
        <Link to="/verify">{t('showcase.toVerify')}</Link>
      </p>
    </div>
  );
}
