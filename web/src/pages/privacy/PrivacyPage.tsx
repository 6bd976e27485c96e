import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** What is stored about people, why and who sees it: a label and its text per item (docs/privacy.md, the record). */
const STORED: [MessageKey, MessageKey][] = [
  ['privacy.stored.accountLabel', 'privacy.stored.account'],
  ['privacy.stored.rolesLabel', 'privacy.stored.roles'],
  ['privacy.stored.workLabel', 'privacy.stored.work'],
  ['privacy.stored.registrationsLabel', 'privacy.stored.registrations'],
  ['privacy.stored.securityLabel', 'privacy.stored.security'],
  ['privacy.stored.mailLabel', 'privacy.stored.mail'],
  ['privacy.stored.questionsLabel', 'privacy.stored.questions'],
];

/** The periods (the defaults of serve --keep-…-days, and the session's limit). */
const HOW_LONG: MessageKey[] = [
  'privacy.howLong.sessions',
  'privacy.howLong.refused',
  'privacy.howLong.mail',
  'privacy.howLong.security',
  'privacy.howLong.account',
];

/** The anonymity rules of the surveys (core::aggregate_group; docs/privacy.md "Survey answers"). */
const SURVEY_RULES: MessageKey[] = ['privacy.survey.ruleGroup', 'privacy.survey.ruleScore', 'privacy.survey.ruleSteps'];

const ERASE_GOES: MessageKey[] = ['privacy.erase.goesAccount', 'privacy.erase.goesName'];

/**
 * `/privacy`, for everyone (no sign-in): in plain words for teachers, parents and pupils what the
 * platform stores about people, why, who sees it and how long, that survey answers are anonymous, and
 * how to get or erase one's data. One heading per topic so it can be scanned; lists, no table (it reads
 * better on a phone).
 */
export function PrivacyPage() {
  const { t } = useI18n();
  const list = (keys: MessageKey[]) => (
    <ul>
      {keys.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
  return (
    <Page className="narrow" title={t('privacy.title')}>
      <p className="lead">{t('privacy.intro')}</p>

      <h2>{t('privacy.who.title')}</h2>
      <p>{t('privacy.who.organiser')}</p>
      <p>{t('privacy.who.operator')}</p>

      <h2>{t('privacy.stored.title')}</h2>
      <p>{t('privacy.stored.intro')}</p>
      <ul>
        {STORED.map(([label, text]) => (
          <li key={text}>
            <strong>{t(label)}</strong> {t(text)}
          </li>
        ))}
      </ul>

      <h2>{t('privacy.howLong.title')}</h2>
      {list(HOW_LONG)}
      <p>{t('privacy.howLong.note')}</p>

      <h2>{t('privacy.survey.title')}</h2>
      <p>{t('privacy.survey.intro')}</p>
      <p>{t('privacy.survey.rulesIntro')}</p>
      {list(SURVEY_RULES)}
      <p>{t('privacy.survey.outcome')}</p>

      <h2>{t('privacy.rights.title')}</h2>
      <p>
        {t('privacy.rights.download')} <Link to="/account">{t('privacy.rights.accountLink')}</Link>
      </p>
      <p>{t('privacy.rights.erase')}</p>
      <p>
        {t('privacy.rights.noAccount')} <Link to="/ask">{t('privacy.rights.askLink')}</Link>
      </p>

      <h2>{t('privacy.erase.title')}</h2>
      <p>{t('privacy.erase.goesIntro')}</p>
      {list(ERASE_GOES)}
      <p>{t('privacy.erase.stays')}</p>
    </Page>
  );
}
