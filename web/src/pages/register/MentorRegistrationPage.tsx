import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, COMPANY_SIZES, PROVINCES } from '../../api';
import type { MentorRegistration } from '../../api';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { CheckboxField, CheckboxGroup, Honeypot, SelectField } from '../../components/fields';
import { COMPANY_SIZE_TEXT, options, PROVINCE_TEXT } from '../../components/enumLabels';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { pick } from '../framework/normalise';
import { ProgrammeState } from '../programmes/ProgrammeState';
import { useProgramme } from '../programmes/useProgramme';
import { FormSection, PrivacyNotice, RegistrationDone } from './RegistrationShell';
import { useKeyElements } from './useKeyElements';
import { checkMentor, whole } from './validate';
import { LoadFailed } from '../../components/LoadFailed';

type Fields = Omit<MentorRegistration, 'capacity' | 'language'> & { capacity: string };

const EMPTY: Fields = {
  companyName: '',
  enterpriseNumber: '',
  sector: '',
  province: '',
  companySize: '',
  contactName: '',
  contactFunction: '',
  contactEmail: '',
  contactPhone: '',
  expertise: [],
  capacity: '',
  consent: false,
  website: '',
};

const ORDER = [
  'companyName',
  'enterpriseNumber',
  'sector',
  'province',
  'companySize',
  'contactName',
  'contactFunction',
  'contactEmail',
  'contactPhone',
  'expertise',
  'capacity',
  'consent',
];
const FIELD_IDS = Object.fromEntries(ORDER.map((f) => [f, f]));

export function MentorRegistrationPage() {
  const { t, language } = useI18n();
  const { id } = useParams();
  const { load, reload } = useProgramme(id);
  const frameworkId = load.status === 'ready' ? load.programme.frameworkId : null;
  const elements = useKeyElements(frameworkId);
  const [form, setForm] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  if (load.status !== 'ready') return <ProgrammeState load={load} retry={reload} />;
  const { programme } = load;
  if (done !== null) return <RegistrationDone programme={programme} email={done} kind="mentor" />;

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
    const body: MentorRegistration = {
      ...form,
      companyName: form.companyName.trim(),
      enterpriseNumber: form.enterpriseNumber.trim(),
      contactEmail: form.contactEmail.trim(),
      capacity: whole(form.capacity),
      language,
    };
    const found = checkMentor(t, body);
    if (form.capacity.trim() !== '' && body.capacity === null) found.capacity = t('register.notANumber');
    if (Object.keys(found).length > 0) return fail(found, null);

    setBusy(true);
    try {
      await api.registerMentor(programme.id, body);
      setDone(body.contactEmail);
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  const title = t('register.mentorTitle');
  const el = elements.load;

  return (
    <Page className="narrow" title={title}>
      <p className="lead">{t('register.mentorIntro', { programme: programme.name, year: programme.schoolYear })}</p>
      <p>{t('register.allRequired')}</p>
      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(ORDER, errors, general)} version={version} />
      <form noValidate onSubmit={submit} className="form">
        <FormSection id="section-company" title={t('register.sectionCompany')}>
          <FormField id="companyName" label={t('register.companyName')} value={form.companyName} onChange={set('companyName')} error={errors.companyName} autoComplete="organization" required />
          <FormField
            id="enterpriseNumber"
            label={t('register.enterpriseNumber')}
            hint={t('register.enterpriseNumberHint')}
            value={form.enterpriseNumber}
            onChange={set('enterpriseNumber')}
            error={errors.enterpriseNumber}
            maxLength={14}
            required
          />
          <FormField id="sector" label={t('register.sector')} hint={t('register.sectorHint')} value={form.sector} onChange={set('sector')} error={errors.sector} required />
          <SelectField id="province" label={t('register.companyProvince')} value={form.province} onChange={(v) => set('province')(v as Fields['province'])} options={options(t, PROVINCES, PROVINCE_TEXT)} placeholder={t('common.choose')} error={errors.province} required />
          <SelectField id="companySize" label={t('register.companySize')} value={form.companySize} onChange={(v) => set('companySize')(v as Fields['companySize'])} options={options(t, COMPANY_SIZES, COMPANY_SIZE_TEXT)} placeholder={t('common.choose')} error={errors.companySize} required />
        </FormSection>

        <FormSection id="section-contact" title={t('register.sectionMentor')}>
          <p>{t('register.contactIntroMentor')}</p>
          <FormField id="contactName" label={t('register.contactName')} value={form.contactName} onChange={set('contactName')} error={errors.contactName} autoComplete="name" required />
          <FormField id="contactFunction" label={t('register.contactFunction')} value={form.contactFunction} onChange={set('contactFunction')} error={errors.contactFunction} autoComplete="organization-title" required />
          <FormField id="contactEmail" type="email" label={t('register.contactEmail')} value={form.contactEmail} onChange={set('contactEmail')} error={errors.contactEmail} autoComplete="email" required />
          <FormField id="contactPhone" type="tel" label={t('register.contactPhone')} value={form.contactPhone} onChange={set('contactPhone')} error={errors.contactPhone} autoComplete="tel" required />
        </FormSection>

        <FormSection id="section-expertise" title={t('register.sectionExpertise')}>
          {el.status === 'loading' && <Loading />}
          {el.status === 'error' && (
            <LoadFailed message={el.message} onRetry={elements.retry} quiet />
          )}
          {el.status === 'ready' && (
            <CheckboxGroup
              id="expertise"
              legend={t('register.expertise')}
              hint={t('register.expertiseHint')}
              values={form.expertise}
              onChange={set('expertise')}
              options={el.elements.map((e) => ({ value: e.id, label: `${e.code}. ${pick(e.name, language)}` }))}
              error={errors.expertise}
            />
          )}
          <FormField id="capacity" type="number" label={t('register.capacity')} hint={t('register.capacityHint')} value={form.capacity} onChange={set('capacity')} error={errors.capacity} min={1} max={20} inputMode="numeric" required />
        </FormSection>

        <PrivacyNotice />
        <CheckboxField id="consent" label={t('register.consent')} checked={form.consent} onChange={set('consent')} error={errors.consent} required />
        <Honeypot label={t('register.honeypot')} value={form.website} onChange={set('website')} />

        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('register.submitting') : t('register.submitMentor')}
          </Button>
          <Link to={`/programmes/${programme.id}`}>{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
