import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, HEARD_FROM, NETWORKS, PROVINCES, SCHOOL_LEVELS } from '../../api';
import type { SchoolRegistration } from '../../api';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Page } from '../../components/Page';
import { CheckboxField, Honeypot, SelectField } from '../../components/fields';
import { HEARD_FROM_TEXT, LEVEL_TEXT, NETWORK_TEXT, options, PROVINCE_TEXT } from '../../components/enumLabels';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { ProgrammeState } from '../programmes/ProgrammeState';
import { isFull, useProgramme } from '../programmes/useProgramme';
import { FormSection, PrivacyNotice, RegistrationDone } from './RegistrationShell';
import { checkSchool, whole } from './validate';

type Fields = Omit<SchoolRegistration, 'pupils' | 'language'> & { pupils: string };

const EMPTY: Fields = {
  schoolName: '',
  institutionNumber: '',
  street: '',
  postcode: '',
  municipality: '',
  province: '',
  network: '',
  level: '',
  pupils: '',
  contactName: '',
  contactFunction: '',
  contactEmail: '',
  contactPhone: '',
  heardFrom: '',
  heardFromOther: '',
  consent: false,
  website: '',
};

/** Every field of the form in the order shown; the ids are the API's field names. */
const ORDER = [
  'schoolName',
  'institutionNumber',
  'street',
  'postcode',
  'municipality',
  'province',
  'network',
  'level',
  'pupils',
  'contactName',
  'contactFunction',
  'contactEmail',
  'contactPhone',
  'heardFrom',
  'heardFromOther',
  'consent',
];
const FIELD_IDS = Object.fromEntries(ORDER.map((f) => [f, f]));

export function SchoolRegistrationPage() {
  const { t, language } = useI18n();
  const { id } = useParams();
  const { load, reload } = useProgramme(id);
  const [form, setForm] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  if (load.status !== 'ready') return <ProgrammeState load={load} retry={reload} />;
  const { programme } = load;
  if (done !== null) return <RegistrationDone programme={programme} email={done} kind="school" />;

  const set =
    <K extends keyof Fields>(key: K) =>
    (value: Fields[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const fail = (f: FieldErrors, g: string | null) => {
    setErrors(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body: SchoolRegistration = {
      ...form,
      schoolName: form.schoolName.trim(),
      institutionNumber: form.institutionNumber.trim(),
      postcode: form.postcode.trim(),
      contactEmail: form.contactEmail.trim(),
      heardFromOther: form.heardFrom === 'other' ? form.heardFromOther : '',
      pupils: whole(form.pupils),
      language,
    };
    const found = checkSchool(t, body);
    if (form.pupils.trim() !== '' && body.pupils === null) found.pupils = t('register.notANumber');
    if (Object.keys(found).length > 0) return fail(found, null);

    setBusy(true);
    try {
      await api.registerSchool(programme.id, body);
      setDone(body.contactEmail);
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  const title = t('register.schoolTitle');
  const provinceOptions = options(t, PROVINCES, PROVINCE_TEXT);

  if (isFull(programme)) {
    return (
      <Page className="narrow" title={title}>
        <p className="notice notice--error">{t('programme.full')}</p>
        <p>
          <Link to={`/programmes/${programme.id}`}>{t('register.backToProgramme')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page className="narrow" title={title}>
      <p className="lead">{t('register.schoolIntro', { programme: programme.name, year: programme.schoolYear })}</p>
      <p>{t('register.allRequired')}</p>
      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(ORDER, errors, general)} version={version} />
      <form noValidate onSubmit={submit} className="form">
        <FormSection id="section-school" title={t('register.sectionSchool')}>
          <FormField id="schoolName" label={t('register.schoolName')} value={form.schoolName} onChange={set('schoolName')} error={errors.schoolName} autoComplete="organization" required />
          <FormField
            id="institutionNumber"
            label={t('register.institutionNumber')}
            hint={t('register.institutionNumberHint')}
            value={form.institutionNumber}
            onChange={set('institutionNumber')}
            error={errors.institutionNumber}
            inputMode="numeric"
            maxLength={6}
            required
          />
          <FormField id="street" label={t('register.street')} value={form.street} onChange={set('street')} error={errors.street} autoComplete="address-line1" required />
          <FormField id="postcode" label={t('register.postcode')} value={form.postcode} onChange={set('postcode')} error={errors.postcode} autoComplete="postal-code" inputMode="numeric" maxLength={4} required />
          <FormField id="municipality" label={t('register.municipality')} value={form.municipality} onChange={set('municipality')} error={errors.municipality} autoComplete="address-level2" required />
          <SelectField id="province" label={t('register.province')} value={form.province} onChange={(v) => set('province')(v as Fields['province'])} options={provinceOptions} placeholder={t('common.choose')} error={errors.province} required />
          <SelectField id="network" label={t('register.network')} value={form.network} onChange={(v) => set('network')(v as Fields['network'])} options={options(t, NETWORKS, NETWORK_TEXT)} placeholder={t('common.choose')} error={errors.network} required />
          <SelectField id="level" label={t('register.level')} value={form.level} onChange={(v) => set('level')(v as Fields['level'])} options={options(t, SCHOOL_LEVELS, LEVEL_TEXT)} placeholder={t('common.choose')} error={errors.level} required />
          <FormField id="pupils" type="number" label={t('register.pupils')} hint={t('register.pupilsHint')} value={form.pupils} onChange={set('pupils')} error={errors.pupils} min={1} max={5000} inputMode="numeric" required />
        </FormSection>

        <FormSection id="section-contact" title={t('register.sectionContact')}>
          <p>{t('register.contactIntroSchool')}</p>
          <FormField id="contactName" label={t('register.contactName')} value={form.contactName} onChange={set('contactName')} error={errors.contactName} autoComplete="name" required />
          <FormField id="contactFunction" label={t('register.contactFunction')} hint={t('register.contactFunctionHintSchool')} value={form.contactFunction} onChange={set('contactFunction')} error={errors.contactFunction} autoComplete="organization-title" required />
          <FormField id="contactEmail" type="email" label={t('register.contactEmail')} value={form.contactEmail} onChange={set('contactEmail')} error={errors.contactEmail} autoComplete="email" required />
          <FormField id="contactPhone" type="tel" label={t('register.contactPhone')} value={form.contactPhone} onChange={set('contactPhone')} error={errors.contactPhone} autoComplete="tel" required />
        </FormSection>

        <FormSection id="section-more" title={t('register.sectionMore')}>
          <SelectField id="heardFrom" label={t('register.heardFrom')} value={form.heardFrom} onChange={(v) => set('heardFrom')(v as Fields['heardFrom'])} options={options(t, HEARD_FROM, HEARD_FROM_TEXT)} placeholder={t('common.choose')} error={errors.heardFrom} required />
          {form.heardFrom === 'other' && (
            <FormField id="heardFromOther" label={t('register.heardFromOther')} value={form.heardFromOther} onChange={set('heardFromOther')} error={errors.heardFromOther} required />
          )}
        </FormSection>

        <PrivacyNotice />
        <CheckboxField id="consent" label={t('register.consent')} checked={form.consent} onChange={set('consent')} error={errors.consent} required />
        <Honeypot label={t('register.honeypot')} value={form.website} onChange={set('website')} />

        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('register.submitting') : t('register.submitSchool')}
          </Button>
          <Link to={`/programmes/${programme.id}`}>{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
