import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, AUDIENCES, isApiError, PHASE_KINDS } from '../../api';
import type { FrameworkSummary, PhaseKind } from '../../api';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { CheckboxField, SelectField, TextAreaField } from '../../components/fields';
import { AUDIENCE_TEXT, options, PHASE_TEXT } from '../../components/enumLabels';
import { generalMessage, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { pick } from '../framework/normalise';
import type { Programme } from '../../api';
import {
  checkProgramme,
  emptyProgramme,
  FORM_ORDER,
  fromProgramme,
  mapServerFields,
  phaseId,
  toInput,
} from './programmeForm';
import type { PhaseFields, ProgrammeFields } from './programmeForm';
import { ProgrammeNav } from './ProgrammeNav';
import { LoadFailed } from '../../components/LoadFailed';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string; missing: boolean }
  | { status: 'ready'; frameworks: FrameworkSummary[]; programme: Programme | null };

/** Create (`/organiser/programmes/new`) or edit (`/organiser/programmes/:id/edit`) a programme. */
export function ProgrammeFormPage() {
  const { t, language } = useI18n();
  const { id } = useParams();
  const navigate = useNavigate();
  const editing = id !== undefined;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [form, setForm] = useState<ProgrammeFields>(emptyProgramme());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [{ frameworks }, programme] = await Promise.all([
          api.frameworks(),
          id !== undefined ? api.programme(id) : Promise.resolve(null),
        ]);
        if (!live) return;
        setForm(programme ? fromProgramme(programme) : emptyProgramme(frameworks[0]?.id ?? ''));
        setLoad({ status: 'ready', frameworks, programme });
      } catch (error) {
        if (!live) return;
        setLoad({
          status: 'error',
          message: generalMessage(t, error),
          missing: isApiError(error, 'not_found') || isApiError(error, 'forbidden'),
        });
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, attempt]);

  const title = editing ? t('programmeForm.editTitle') : t('programmeForm.newTitle');

  if (load.status === 'loading') {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (load.status === 'error') {
    return (
      <Page title={title}>
        <LoadFailed
          message={load.missing ? t('programme.missingText') : load.message}
          onRetry={load.missing ? undefined : () => setAttempt((a) => a + 1)}
        />
      </Page>
    );
  }

  const set =
    <K extends keyof ProgrammeFields>(key: K) =>
    (value: ProgrammeFields[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const setPhase = (kind: PhaseKind, part: keyof PhaseFields) => (value: string) =>
    setForm((f) => ({ ...f, phases: { ...f.phases, [kind]: { ...f.phases[kind], [part]: value } } }));

  const fail = (f: FieldErrors, g: string | null) => {
    setErrors(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = checkProgramme(t, form);
    if (Object.keys(found).length > 0) return fail(found, null);
    const { input, kinds } = toInput(form);
    setBusy(true);
    try {
      const saved = load.programme
        ? await api.updateProgramme(load.programme.id, input)
        : await api.createProgramme(input);
      navigate('/organiser/programmes', { state: { saved: saved.name } });
    } catch (error) {
      setBusy(false);
      const { errors: mapped, rest } = isApiError(error) ? mapServerFields(error.fields, kinds) : { errors: {}, rest: [] };
      const onlyFields = Object.keys(mapped).length > 0 && rest.length === 0 && isApiError(error, 'validation_failed');
      fail(mapped, onlyFields ? null : [generalMessage(t, error), ...rest].join(' '));
    }
  };

  const { frameworks, programme } = load;
  return (
    <Page
      title={title}
      about={programme ? `${programme.name} (${programme.schoolYear})` : null}
      back={{ to: "/organiser/programmes", label: t('organiser.programmes.title') }}
      nav={programme ? <ProgrammeNav programme={programme} /> : undefined}
    >
      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(FORM_ORDER, errors, general)} version={version} />
      <form noValidate onSubmit={submit} className="form form--wide">
        <div className="narrow">
          <FormField id="name" label={t('programmeForm.name')} value={form.name} onChange={set('name')} error={errors.name} required />
          <FormField id="schoolYear" label={t('programmeForm.schoolYear')} hint={t('programmeForm.schoolYearHint')} value={form.schoolYear} onChange={set('schoolYear')} error={errors.schoolYear} maxLength={9} required />
          <SelectField id="audience" label={t('programmeForm.audience')} value={form.audience} onChange={(v) => set('audience')(v as ProgrammeFields['audience'])} options={options(t, AUDIENCES, AUDIENCE_TEXT)} error={errors.audience} required />
          <FormField id="region" label={t('programmeForm.region')} hint={t('programmeForm.regionHint')} value={form.region} onChange={set('region')} error={errors.region} required />
          <SelectField
            id="frameworkId"
            label={t('programmeForm.framework')}
            value={form.frameworkId}
            onChange={set('frameworkId')}
            options={frameworks.map((f) => ({ value: f.id, label: `${pick(f.name, language)} (${f.version})` }))}
            placeholder={frameworks.length === 0 ? t('common.choose') : undefined}
            hint={editing ? t('programmeForm.frameworkHint') : undefined}
            error={errors.frameworkId}
            required
          />
          <FormField id="maxSchools" type="number" label={t('programmeForm.maxSchools')} hint={t('programmeForm.maxSchoolsHint')} value={form.maxSchools} onChange={set('maxSchools')} error={errors.maxSchools} min={1} max={20000} inputMode="numeric" required />
          <TextAreaField id="descriptionNl" lang="nl" label={t('programmeForm.descriptionNl')} value={form.descriptionNl} onChange={set('descriptionNl')} error={errors.descriptionNl} rows={6} />
          <TextAreaField id="descriptionEn" lang="en" label={t('programmeForm.descriptionEn')} value={form.descriptionEn} onChange={set('descriptionEn')} error={errors.descriptionEn} rows={6} />
          <CheckboxField id="published" label={t('programmeForm.published')} hint={t('programmeForm.publishedHint')} checked={form.published} onChange={set('published')} error={errors.published} />
        </div>

        <fieldset className="fieldset phases">
          <legend>{t('programmeForm.phases')}</legend>
          <p className="field__hint">{t('programmeForm.phasesHint')}</p>
          {PHASE_KINDS.map((kind) => (
            <fieldset key={kind} className="phase-row" data-phase={kind}>
              <legend>{t(PHASE_TEXT[kind])}</legend>
              <FormField
                id={phaseId(kind, 'opensOn')}
                type="date"
                label={t('programme.opensOn')}
                value={form.phases[kind].opensOn}
                onChange={setPhase(kind, 'opensOn')}
                error={errors[phaseId(kind, 'opensOn')]}
              />
              <FormField
                id={phaseId(kind, 'closesOn')}
                type="date"
                label={t('programme.closesOn')}
                value={form.phases[kind].closesOn}
                onChange={setPhase(kind, 'closesOn')}
                error={errors[phaseId(kind, 'closesOn')]}
              />
            </fieldset>
          ))}
        </fieldset>

        <div className="form__actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('common.saving') : editing ? t('programmeForm.save') : t('programmeForm.create')}
          </Button>
          <Link to="/organiser/programmes">{t('common.cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}
