import { useState } from 'react';
import type { FormEvent } from 'react';
import { networkApi } from '../../api/network';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { CheckboxField, Honeypot } from '../../components/fields';
import { looksLikeEmail, splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import '../../styles/network.css';
import { FormActions } from '../../components/FormActions';

const ORDER = ['pb-name', 'pb-email', 'pb-organisation', 'pb-consent'];
const FIELD_IDS: Record<string, string> = { name: 'pb-name', email: 'pb-email', organisation: 'pb-organisation', consent: 'pb-consent' };

/** Public `/playbook`: anyone asks for the network's playbook; an organiser approves and the link is mailed. */
export function PlaybookPage() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [consent, setConsent] = useState(false);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (name.trim() === '') found['pb-name'] = t('playbook.nameRequired');
    if (!looksLikeEmail(email)) found['pb-email'] = t('playbook.emailInvalid');
    if (organisation.trim() === '') found['pb-organisation'] = t('playbook.organisationRequired');
    if (!consent) found['pb-consent'] = t('playbook.consentRequired');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setGeneral(null);
      setVersion((v) => v + 1);
      return;
    }
    setBusy(true);
    try {
      await networkApi.requestPlaybook({ name: name.trim(), email: email.trim(), organisation: organisation.trim(), consent, website });
      setSent(true);
    } catch (error) {
      const split = splitApiError(t, error, FIELD_IDS);
      setErrors(split.fields);
      setGeneral(split.general);
      setVersion((v) => v + 1);
    } finally {
      setBusy(false);
    }
  };

  const title = t('playbook.title');
  return (
    <Page title={title} className="network-page narrow">
      <p className="lead">{t('playbook.intro')}</p>
      {sent ? (
        <p className="notice" role="status" data-testid="playbook-sent">
          {t('playbook.sent')}
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary title={t('playbook.errors')} items={summaryItems(ORDER, errors, general)} version={version} />
          <FormField id="pb-name" label={t('playbook.name')} value={name} onChange={setName} autoComplete="name" required error={errors['pb-name']} />
          <FormField id="pb-email" type="email" label={t('playbook.email')} value={email} onChange={setEmail} autoComplete="email" required error={errors['pb-email']} />
          <FormField id="pb-organisation" label={t('playbook.organisation')} value={organisation} onChange={setOrganisation} autoComplete="organization" required error={errors['pb-organisation']} />
          <CheckboxField id="pb-consent" label={t('playbook.consent')} checked={consent} onChange={setConsent} required error={errors['pb-consent']} />
          <Honeypot label={t('register.honeypot')} value={website} onChange={setWebsite} />
          <FormActions label={t('playbook.submit')} busy={busy} />
        </form>
      )}
    </Page>
  );
}
