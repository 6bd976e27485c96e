import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { normaliseCertificateCode, verifyPath } from './logic';
import '../../styles/label.css';
import { FormActions } from '../../components/FormActions';

/** `/verify`: anyone checks a label certificate by the code printed on it (no account needed). */
export function VerifyFormPage() {
  const { t } = useI18n();
  const title = t('verify.title');
  return (
    <Page title={title} className="label-page narrow">
      <p className="lead">{t('verify.intro')}</p>
      <VerifyForm />
      <p>
        <Link to="/showcase">{t('verify.toShowcase')}</Link>
      </p>
    </Page>
  );
}

/** The code form, also under a result to check another code. */
export function VerifyForm({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const normalised = normaliseCertificateCode(code);
    if (normalised === '') {
      setError(t('verify.codeMissing'));
      setVersion((v) => v + 1);
      return;
    }
    setError(null);
    setCode('');
    navigate(verifyPath(normalised));
  };

  return (
    <>
      {!compact && (
        <ErrorSummary
          title={t('errors.summaryTitle')}
          items={error ? [{ field: 'certificate-code', message: error }] : []}
          version={version}
        />
      )}
      <form className="form" onSubmit={submit} noValidate role="search" aria-label={t('verify.formLabel')}>
        <FormField
          id="certificate-code"
          label={t('verify.codeLabel')}
          hint={t('verify.codeHint')}
          value={code}
          onChange={setCode}
          autoComplete="off"
          maxLength={200}
          error={error ?? undefined}
          required
        />
        <FormActions label={t('verify.submit')} busy={false} />
      </form>
    </>
  );
}
