import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { api, isApiError } from '../../api';
import type { ImportKind, ImportMode, ImportResult, Programme } from '../../api';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { generalMessage, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { OrganiserFrame } from './OrganiserFrame';

export function ImportPage() {
  const { t } = useI18n();
  return <OrganiserFrame title={t('import.title')}>{(programme, reload) => <Importer programme={programme} onImported={reload} />}</OrganiserFrame>;
}

const ORDER = ['import-kind', 'import-file'];

function Importer({ programme, onImported }: { programme: Programme; onImported: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>('schools');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (f: FieldErrors, g: string | null) => {
    setErrors(f);
    setGeneral(g);
    setVersion((v) => v + 1);
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    setPreview(null);
    setDone(null);
    const chosen = e.target.files?.[0];
    if (!chosen) {
      setFile(null);
      return;
    }
    setFile({ name: chosen.name, text: await chosen.text() });
  };

  const run = async (mode: ImportMode) => {
    if (!file) return fail({ 'import-file': t('import.fileRequired') }, null);
    setBusy(true);
    setDone(null);
    try {
      const result = await api.importCsv(programme.id, kind, mode, file.text);
      fail({}, null);
      if (mode === 'preview') {
        setPreview(result);
      } else {
        setPreview(null);
        setDone(t('import.done', { count: result.imported }));
        onImported();
      }
    } catch (error) {
      // A broken file is an error on `file`; a missing column is an error on that column's name.
      const fields = isApiError(error) ? error.fields : {};
      const columns = Object.entries(fields).filter(([name]) => name !== 'file');
      if (fields.file || columns.length > 0) {
        const found: FieldErrors = {};
        if (fields.file) found['import-file'] = fields.file;
        else found['import-file'] = columns.map(([name, message]) => `${name}: ${message}`).join(' ');
        fail(found, null);
      } else {
        fail({}, isApiError(error, 'validation_failed') && mode === 'all' ? t('import.notAllValid') : generalMessage(t, error));
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void run('preview');
  };

  const errorFor = errors['import-file'];
  return (
    <div>
      <p>{t(kind === 'schools' ? 'import.introSchools' : 'import.introCompanies')}</p>
      <div role="status" className="live">
        {done && <p className="notice">{done}</p>}
      </div>
      <ErrorSummary title={t('errors.summaryTitle')} items={summaryItems(ORDER, errors, general)} version={version} />
      <form noValidate onSubmit={submit} className="form narrow">
        <fieldset className="field fieldset">
          <legend>{t('import.kind')}</legend>
          {(['schools', 'companies'] as const).map((k, i) => (
            <div className="check" key={k}>
              <input
                id={i === 0 ? 'import-kind' : `import-kind-${k}`}
                type="radio"
                name="import-kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setPreview(null);
                  setDone(null);
                }}
              />
              <label htmlFor={i === 0 ? 'import-kind' : `import-kind-${k}`}>
                {k === 'schools' ? t('import.schools') : t('import.companies')}
              </label>
            </div>
          ))}
        </fieldset>
        <div className={errorFor ? 'field field--error' : 'field'}>
          <label htmlFor="import-file">{t('import.file')}</label>
          <p id="import-file-hint" className="field__hint">
            {t('import.fileHint')} {t(kind === 'schools' ? 'import.columnsSchools' : 'import.columnsCompanies')}
          </p>
          {errorFor && (
            <p id="import-file-error" className="field__error">
              {errorFor}
            </p>
          )}
          <input
            id="import-file"
            name="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={errorFor ? true : undefined}
            aria-describedby={errorFor ? 'import-file-hint import-file-error' : 'import-file-hint'}
            onChange={(e) => void choose(e)}
          />
        </div>
        <FormActions label={t('import.preview')} busy={busy} />
      </form>

      {preview && (
        <section aria-labelledby="import-preview-title" className="import-preview">
          <h2 id="import-preview-title">{t('import.previewTitle', { file: file?.name ?? '' })}</h2>
          <p>{t('import.previewSummary', { valid: preview.valid, invalid: preview.invalid })}</p>
          {preview.rows.length < preview.valid + preview.invalid && (
            <p className="import-partial">
              {t('import.partial', { listed: preview.rows.length, total: preview.valid + preview.invalid })}
              {preview.unlistedErrors > 0 && <> {t('import.unlistedErrors', { count: preview.unlistedErrors })}</>}
            </p>
          )}
          <DataTable
            caption={t('import.previewTitle', { file: file?.name ?? '' })}
            rows={preview.rows}
            rowKey={(row) => row.line}
            rowProps={(row) => ({ className: row.status === 'error' ? 'row--error' : undefined, 'data-status': row.status })}
            columns={[
              { title: t('import.line'), cell: (row) => row.line },
              { title: t('import.name'), rowHeader: true, cell: (row) => row.name || '–' },
              {
                title: t('import.result'),
                cell: (row) =>
                  row.status === 'create' ? (
                    t('import.willCreate')
                  ) : (
                    <ul className="row-errors">
                      {Object.entries(row.errors).map(([column, message]) => (
                        <li key={column}>
                          <span className="row-errors__column">{column === 'row' ? t('import.line') : column}</span>: {message}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          <div className="actions">
            <Button
              disabled={busy || preview.invalid > 0 || preview.valid === 0}
              aria-describedby={preview.invalid > 0 ? 'import-all-hint' : undefined}
              onClick={() => void run('all')}
            >
              {t('import.all')}
            </Button>
            <Button variant="secondary" disabled={busy || preview.valid === 0} onClick={() => void run('valid')}>
              {t('import.valid', { count: preview.valid })}
            </Button>
          </div>
          {preview.invalid > 0 && (
            <p id="import-all-hint" className="field__hint">
              {t('import.allDisabled')}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
