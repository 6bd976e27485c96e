import { useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { ACCEPTED_FILES, DESCRIPTION_MAX, evidenceApi, MAX_FILE_BYTES, TITLE_MAX } from '../../api/evidence';
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
import { checkUpload, evidenceErrors, formatSize, titleFromFileName } from './evidenceLogic';

/**
 * Uploads one file with a title, a description and criteria. In the measurement editor the criterion
 * is given (`fixedCriteria`) and no picker is shown. `prefix` keeps the ids unique on the page.
 */
export function UploadForm({
  prefix,
  organisationId,
  framework,
  fixedCriteria,
  onUploaded,
  onCancel,
}: {
  prefix: string;
  organisationId: string | number;
  framework: Framework | null;
  fixedCriteria?: string[];
  onUploaded: (evidence: Evidence) => void;
  onCancel?: () => void;
}) {
  const { t, language } = useI18n();
  const ids = {
    file: `${prefix}-file`,
    fileName: `${prefix}-file`,
    title: `${prefix}-title`,
    description: `${prefix}-description`,
    criterionIds: `${prefix}-criteria`,
  };
  const order = [ids.file, ids.title, ids.description, ids.criterionIds];
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [criteria, setCriteria] = useState<string[]>(fixedCriteria ?? []);
  const { errors, general, version, fail } = useFormErrors();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const problems = checkUpload({ file, title, description });
    const local: FieldErrors = {};
    if (problems.file) local[ids.file] = t(problems.file, { max: formatSize(MAX_FILE_BYTES, language) });
    if (problems.title) local[ids.title] = t(problems.title, { max: TITLE_MAX });
    if (problems.description) local[ids.description] = t(problems.description, { max: DESCRIPTION_MAX });
    if (Object.keys(local).length > 0 || !file) {
      fail(local, null);
      return;
    }
    setBusy(true);
    setProgress({ loaded: 0, total: file.size });
    try {
      const evidence = await evidenceApi.upload(
        organisationId,
        { file, fileName: file.name, title, description, criterionIds: fixedCriteria ?? criteria },
        (loaded, total) => setProgress({ loaded, total }),
      );
      setFile(null);
      setTitle('');
      setDescription('');
      setCriteria(fixedCriteria ?? []);
      if (fileInput.current) fileInput.current.value = '';
      fail({}, null);
      setDone(t('evidence.uploaded', { title: evidence.title }));
      onUploaded(evidence);
    } catch (error) {
      // With a given criterion there is no picker to point at: a message about it is a general one.
      const { criterionIds, ...withoutCriteria } = ids;
      const { fields, general: message } = evidenceErrors(t, error, fixedCriteria ? withoutCriteria : { ...withoutCriteria, criterionIds }, language);
      fail(fields, message);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const fileError = errors[ids.file];
  const fileDescribedBy = [`${ids.file}-hint`, fileError ? `${ids.file}-error` : ''].filter(Boolean).join(' ');
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;

  return (
    <form className="form evidence-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={busy || undefined}>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        titleId={`${prefix}-errors`}
        items={summaryItems(order, errors, general)}
        version={version}
      />
      <div className={fileError ? 'field field--error' : 'field'}>
        <label htmlFor={ids.file}>{t('evidence.file')}</label>
        <p id={`${ids.file}-hint`} className="field__hint">
          {t('evidence.fileHint', { max: formatSize(MAX_FILE_BYTES, language) })}
        </p>
        {fileError && (
          <p id={`${ids.file}-error`} className="field__error">
            {fileError}
          </p>
        )}
        <input
          ref={fileInput}
          id={ids.file}
          name={ids.file}
          type="file"
          accept={ACCEPTED_FILES}
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileDescribedBy}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <FormField
        id={ids.title}
        label={t('evidence.titleField')}
        hint={file ? t('evidence.titleHintFile', { name: titleFromFileName(file.name) }) : t('evidence.titleHint')}
        value={title}
        onChange={setTitle}
        maxLength={TITLE_MAX}
        error={errors[ids.title]}
      />
      <DescriptionFields
        ids={ids}
        errors={errors}
        framework={framework}
        description={description}
        onDescription={setDescription}
        criteria={criteria}
        onCriteria={setCriteria}
        withCriteria={!fixedCriteria}
      />
      <FormActions label={t('evidence.upload')} busy={busy} onCancel={onCancel} />
      {progress && (
        <div className="upload-progress">
          <label htmlFor={`${prefix}-progress`}>{t('evidence.uploading')}</label>
          <progress id={`${prefix}-progress`} max={100} value={percent} aria-describedby={`${prefix}-progress-text`} />
          <span id={`${prefix}-progress-text`}>{percent}%</span>
        </div>
      )}
      <div role="status" className="live">
        {done && <p className="notice notice--ok">{done}</p>}
      </div>
    </form>
  );
}
