import { api } from '../../api';
import { ButtonAnchor } from '../../components/Button';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ApiTokensSection } from './ApiTokensSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import '../../styles/account.css';

/**
 * `/account`: the signed-in person's account: who they are (from the session), their language (saved on
 * the account: the website's and the mails' language), and the download of everything the platform keeps
 * about them (`GET /api/me/data.zip`, docs/api.md "Own data"), an organiser's API tokens for scripts
 * (`ApiTokensSection`), and asking to be erased (`DeleteAccountSection`).
 * Inside RequireAuth, so `me` is there.
 */
export function AccountPage() {
  const { t } = useI18n();
  const { me } = useSession();
  if (!me) return null;
  const organiser = me.memberships.some((m) => m.role === 'organiser' && m.organisationKind === 'organiser');
  return (
    <Page className="account" title={t('account.title')}>
      <section className="card" aria-labelledby="account-person">
        <h2 id="account-person">{t('account.person.title')}</h2>
        <dl className="pairs">
          <div>
            <dt>{t('account.person.name')}</dt>
            <dd>{me.user.name}</dd>
          </div>
          <div>
            <dt>{t('account.person.email')}</dt>
            <dd>{me.user.email}</dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="account-language">
        <h2 id="account-language">{t('account.language.title')}</h2>
        <p>{t('account.language.text')}</p>
        <LanguageSwitch />
      </section>

      <section className="card" aria-labelledby="account-data">
        <h2 id="account-data">{t('account.data.title')}</h2>
        <p>{t('account.data.holds')}</p>
        <p>{t('account.data.anonymous')}</p>
        <p>
          <ButtonAnchor href={api.ownDataUrl()} download>
            {t('account.data.download')}
          </ButtonAnchor>
        </p>
      </section>

      {organiser && <ApiTokensSection />}

      {/* Below the data, so a person downloads what they want to keep before they ask to be erased. */}
      <DeleteAccountSection />
    </Page>
  );
}
