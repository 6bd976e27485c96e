import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { isWellFormedCode, normaliseCode } from './code';
import { AnonymousNote } from './PrivacyLink';
import { navigate } from './router';

/** "Enter your code": for a respondent who got the code on paper or read out in class. */
export function CodeFormPage() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const title = t('respond.codeTitle');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const normalised = normaliseCode(code);
    if (!isWellFormedCode(normalised)) {
      setError(normalised === '' ? t('respond.codeMissing') : t('respond.codeLength'));
      setVersion((v) => v + 1);
      return;
    }
    navigate(`/s/${normalised}`);
  };

  return (
    <div className="respond">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('respond.codeIntro')}</p>
      <AnonymousNote />
      <ErrorSummary
        title={t('errors.summaryTitle')}
        items={error ? [{ field: 'survey-code', message: error }] : []}
        version={version}
      />
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          id="survey-code"
          label={t('respond.codeLabel')}
          hint={t('respond.codeHint')}
          value={code}
          onChange={setCode}
          autoComplete="off"
          maxLength={60}
          error={error ?? undefined}
          required
        />
        <div className="form__actions">
          <Button type="submit" size="big">
            {t('respond.codeSubmit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
