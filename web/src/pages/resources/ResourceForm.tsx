import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { RESOURCE_KINDS } from '../../api/network';
import type { Resource, ResourceInput } from '../../api/network';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { CheckboxField, SelectField, TextAreaField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { isWebUrl } from './logic';
import { RESOURCE_KIND_TEXT } from './texts';
import { FormActions } from '../../components/FormActions';

const ORDER = ['r-kind', 'r-title', 'r-description', 'r-url', 'r-file', 'r-element', 'r-criterion', 'r-published'];
const FIELD_IDS: Record<string, string> = {
  kind: 'r-kind',
  title: 'r-title',
  description: 'r-description',
  url: 'r-url',
  elementIds: 'r-element',
  criterionIds: 'r-criterion',
  published: 'r-published',
};

/** Add or edit a resource: kind, title, description, web address, one key element and/or criterion. */
export function ResourceForm({
  resource,
  elements,
  criteria,
  onSave,
  onCancel,
}: {
  resource?: Resource;
  elements: { id: string; name: string }[];
  criteria: { id: string; name: string }[];
  /** `file`: a file chosen to upload after saving (replaces the resource's file). */
  onSave: (input: ResourceInput, file: File | null) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<string>(resource?.kind ?? 'best_practice');
  const [title, setTitle] = useState(resource?.title ?? '');
  const [description, setDescription] = useState(resource?.description ?? '');
  const [url, setUrl] = useState(resource?.url ?? '');
  const [element, setElement] = useState(resource?.elementIds[0] ?? '');
  const [criterion, setCriterion] = useState(resource?.criterionIds[0] ?? '');
  const [published, setPublished] = useState(resource?.published ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (title.trim() === '') found['r-title'] = t('resources.form.titleRequired');
    const file = fileRef.current?.files?.[0] ?? null;
    if (url.trim() !== '' && !isWebUrl(url)) found['r-url'] = t('resources.form.urlInvalid');
    else if (url.trim() === '' && !file && !resource?.downloadUrl) found['r-url'] = t('resources.form.urlOrFile');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setGeneral(null);
      setVersion((v) => v + 1);
      return;
    }
    try {
      await onSave({
        programmeId: resource?.programmeId ?? null,
        kind: kind as ResourceInput['kind'],
        title: title.trim(),
        description: description.trim(),
        ...(url.trim() !== '' ? { url: url.trim() } : {}),
        elementIds: element ? [element] : [],
        criterionIds: criterion ? [criterion] : [],
        published,
      }, file);
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      setErrors(split.fields);
      setGeneral(split.general);
      setVersion((v) => v + 1);
    }
  };

  const prefix = resource ? `edit-${resource.id}` : 'new';
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-resource-title`}>
      <h2 id={`${prefix}-resource-title`}>{resource ? t('resources.form.editTitle') : t('resources.form.newTitle')}</h2>
      <ErrorSummary title={t('resources.form.errors')} items={summaryItems(ORDER, errors, general)} version={version} titleId={`${prefix}-resource-errors`} />
      <SelectField id="r-kind" label={t('resources.kind')} value={kind} onChange={setKind} options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(RESOURCE_KIND_TEXT[k]) }))} error={errors['r-kind']} />
      <FormField id="r-title" label={t('resources.form.title')} value={title} onChange={setTitle} required maxLength={200} error={errors['r-title']} />
      <TextAreaField id="r-description" label={t('resources.form.description')} value={description} onChange={setDescription} error={errors['r-description']} />
      <FormField id="r-url" label={t('resources.form.url')} value={url} onChange={setUrl} hint={t('resources.form.urlHint')} error={errors['r-url']} />
      <div className="field">
        <label htmlFor="r-file">{resource?.fileName ? t('resources.form.replaceFile', { name: resource.fileName }) : t('resources.form.file')}</label>
        <input id="r-file" type="file" ref={fileRef} />
      </div>
      <SelectField id="r-element" label={t('resources.element')} value={element} onChange={setElement} placeholder={t('resources.any')} options={elements.map((e) => ({ value: e.id, label: e.name }))} error={errors['r-element']} />
      <SelectField id="r-criterion" label={t('resources.criterion')} value={criterion} onChange={setCriterion} placeholder={t('resources.any')} options={criteria.map((c) => ({ value: c.id, label: c.name }))} error={errors['r-criterion']} />
      <CheckboxField id="r-published" label={t('resources.form.published')} checked={published} onChange={setPublished} error={errors['r-published']} />
      <FormActions label={resource ? t('resources.form.save') : t('resources.form.add')} busy={false} onCancel={onCancel} />
    </form>
  );
}
