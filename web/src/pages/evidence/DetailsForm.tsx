import { useState } from 'react';
import type { FormEvent } from 'react';
import { DESCRIPTION_MAX, evidenceApi, TITLE_MAX, URL_MAX } from '../../api/evidence';
import type { Evidence } from '../../api/evidence';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { useFormErrors } from '../../components/useFormErrors';
import { summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { Framework } from '../framework/normalise';
import { DescriptionFields } from './DescriptionFields';
import { checkLink, evidenceErrors } from './evidenceLogic';

/**
 * A new link (`existing` absent) or the details of existing evidence: title, address (links only),
 * description and criteria.
 */
export function DetailsForm({
  prefix,
  organisationId,
  framework,
  existing,
  onSaved,
  onCancel,
}: {
  prefix: string;
  organisationId: string | number;
  framework: Framework | null;
  existing?: Evidence;
  onSaved: (evidence: Evidence) => void;
  onCancel?: () => void;
}) {
  const { t, language } = useI18n();
  const isLink = !existing || existing.kind === 'link';
  const ids = {
    title: `${prefix}-title`,
    url: `${prefix}-url`,
    description: `${prefix}-description`,
    criterionIds: `${prefix}-criteria`,
  };
  const order = [ids.title, ids.url, ids.description, ids.criterionIds];
  const [title, setTitle] = useState(existing?.title ?? '');
  const [url, setUrl] = useState(existing?.url ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [criteria, setCriteria] = useState<string[]>(existing?.criterionIds ?? []);
  const { errors, general, version, fail } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const problems = checkLink({ title, url, description }, isLink);
    const local: FieldErrors = {};
    if (problems.title) local[ids.title] = t(problems.title, { max: TITLE_MAX });
    if (problems.url) local[ids.url] = t(problems.url, { max: URL_MAX });
    if (problems.description) local[ids.description] = t(problems.description, { max: DESCRIPTION_MAX });
    if (Object.keys(local).length > 0) {
      fail(local, null);
      return;
    }
    setBusy(true);
    try {
      const body = { title: title.trim(), description, criterionIds: criteria };
      const saved = existing
        ? await evidenceApi.update(existing.id, isLink ? { ...body, url: url.trim() } : body)
        : await evidenceApi.addLink(organisationId, { ...body, url: url.trim() });
      fail({}, null);
      if (!existing) {
        setTitle('');
        setUrl('');
        setDescription('');
        setCriteria([]);
        setDone(t('evidence.linkAdded', { title: saved.title }));
      }
      onSaved(saved);
    } catch (error) {
      const { fields, general: message } = evidenceErrors(t, error, ids, language);
      fail(fields, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form evidence-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary title={t('errors.summaryTitle')} titleId={`${prefix}-errors`} items={summaryItems(order, errors, general)} version={version} />
      <FormField id={ids.title} label={t('evidence.titleField')} value={title} onChange={setTitle} maxLength={TITLE_MAX} required error={errors[ids.title]} />
      {isLink && (
        <FormField
          id={ids.url}
          label={t('evidence.url')}
          hint={t('evidence.urlHint')}
          value={url}
          onChange={setUrl}
          inputMode="text"
          maxLength={URL_MAX}
          required
          error={errors[ids.url]}
        />
      )}
      <DescriptionFields
        ids={ids}
        errors={errors}
        framework={framework}
        description={description}
        onDescription={setDescription}
        criteria={criteria}
        onCriteria={setCriteria}
      />
      <FormActions label={existing ? t('evidence.save') : t('evidence.addLink')} busy={busy} onCancel={onCancel} />
      <div role="status" className="live">
        {done && <p className="notice notice--ok">{done}</p>}
      </div>
    </form>
  );
}
