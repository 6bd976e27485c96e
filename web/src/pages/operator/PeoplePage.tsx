import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../api';
import { operatorApi } from '../../api/operator';
import type { FoundPerson } from '../../api/operator';
import { ButtonAnchor } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { generalMessage, splitApiError, summaryItems } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n';
import { checkPersonEmail, PERSON_FIELD_IDS } from './logic';
import { OperatorOnly } from './OperatorOnly';
import '../../styles/operator.css';

/**
 * `/operator/people`: the operator finds anyone by e-mail address and downloads that person's data (the
 * same ZIP the person gets at /account; docs/api.md "Own data"), e.g. to answer a request made by mail.
 * A page of its own rather than a section of `/operator`: that page is about organiser organisations,
 * this one about one person of any organisation, and each stays short on a phone.
 */
export function PeoplePage() {
  return (
    <OperatorOnly>
      <People />
    </OperatorOnly>
  );
}

function People() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<FoundPerson | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { errors, general, version, fail, clear } = useFormErrors();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const ids = PERSON_FIELD_IDS;

  // The person found takes the focus, so a screen reader hears who it is and the download comes next.
  useEffect(() => {
    if (found) resultHeading.current?.focus();
  }, [found]);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setFound(null);
    setNotice(null);
    const wrong = checkPersonEmail(t, email);
    if (Object.keys(wrong).length > 0) return fail(wrong);
    setBusy(true);
    try {
      const person = await operatorApi.findPerson(email.trim());
      clear();
      setFound(person);
    } catch (error) {
      if (isApiError(error, 'person_not_found')) {
        // Not a mistake in the form: the server's sentence ("no account with this address") as an alert.
        clear();
        setNotice({ text: generalMessage(t, error), error: true });
      } else {
        const split = splitApiError(t, error, ids);
        fail(split.fields, split.general);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page className="operator" title={t('operator.people.title')}>
      <p className="lead">{t('operator.people.intro')}</p>
      <section className="card" aria-labelledby="find-person-title">
        <h2 id="find-person-title">{t('operator.people.findTitle')}</h2>
        <ErrorSummary
          title={t('errors.summaryTitle')}
          items={summaryItems([ids.email], errors, general)}
          version={version}
          titleId="find-person-errors"
        />
        <form className="form" noValidate onSubmit={submit}>
          <FormField
            id={ids.email}
            type="email"
            label={t('operator.people.email')}
            value={email}
            onChange={setEmail}
            error={errors[ids.email]}
            autoComplete="off"
            required
          />
          <FormActions label={busy ? t('operator.people.finding') : t('operator.people.find')} busy={busy} />
        </form>
        <NoticeArea notice={notice} />
      </section>

      {found && (
        <section className="card" aria-labelledby="found-person-title" data-person={found.id}>
          <h2 id="found-person-title" ref={resultHeading} tabIndex={-1}>
            {t('operator.people.foundTitle')}
          </h2>
          <dl className="pairs">
            <div>
              <dt>{t('operator.people.name')}</dt>
              <dd>{found.name}</dd>
            </div>
            <div>
              <dt>{t('operator.people.emailShort')}</dt>
              <dd>{found.email}</dd>
            </div>
          </dl>
          <p>{t('operator.people.logged')}</p>
          <p>
            <ButtonAnchor href={operatorApi.personDataUrl(found.id)} download>
              {t('operator.people.download')}
            </ButtonAnchor>
          </p>
        </section>
      )}
    </Page>
  );
}
