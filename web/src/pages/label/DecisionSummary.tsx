import { Link } from 'react-router';
import type { Application } from '../../api/label';
import { formatDay, formatMoment } from '../../components/dates';
import { useI18n } from '../../i18n';
import { LABEL_TEXT, localVerifyPath, withLanguage } from './logic';

/**
 * A decided application: the label, how long it holds, who decided, and (above "none") the
 * certificate download and the public verification link. Shared by the school's page and the
 * review page.
 */
export function DecisionSummary({ application }: { application: Application }) {
  const { t, language } = useI18n();
  const decision = application.decision;
  if (!decision) return null;
  return (
    <div className="decision" data-testid="decision" data-label={decision.label}>
      <p className={`label-badge label-badge--${decision.label}`}>
        {decision.label === 'none'
          ? t('label.decision.noLabel')
          : t('label.decision.awarded', { label: t(LABEL_TEXT[decision.label]) })}
      </p>
      <dl className="pairs">
        <div>
          <dt>{t('label.decision.label')}</dt>
          <dd>{t(LABEL_TEXT[decision.label])}</dd>
        </div>
        {decision.label !== 'none' && (
          <>
            <div>
              <dt>{t('label.decision.validFrom')}</dt>
              <dd>{formatDay(decision.validFrom, language)}</dd>
            </div>
            <div>
              <dt>{t('label.decision.validUntil')}</dt>
              <dd data-testid="valid-until">{formatDay(decision.validUntil, language)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('label.decision.decided')}</dt>
          <dd>
            {decision.decidedByName
              ? t('label.decision.decidedBy', { when: formatMoment(decision.decidedAt, language), name: decision.decidedByName })
              : formatMoment(decision.decidedAt, language)}
          </dd>
        </div>
        {decision.label !== decision.proposedLabel && (
          <div>
            <dt>{t('label.decision.proposed')}</dt>
            <dd>{t(LABEL_TEXT[decision.proposedLabel])}</dd>
          </div>
        )}
        {decision.overrideReason && (
          <div>
            <dt>{t('label.decision.overrideReason')}</dt>
            <dd className="preserve-lines">{decision.overrideReason}</dd>
          </div>
        )}
        {decision.certificateCode && (
          <div>
            <dt>{t('label.decision.code')}</dt>
            <dd>
              <code data-testid="certificate-code">{decision.certificateCode}</code>
            </dd>
          </div>
        )}
      </dl>
      {(decision.certificateUrl || decision.verifyUrl) && (
        <ul className="links">
          {decision.certificateUrl && (
            <li>
              <a href={withLanguage(decision.certificateUrl, language)} download data-testid="certificate-link">
                {t('label.decision.certificate')}
              </a>
            </li>
          )}
          {decision.verifyUrl && (
            <li>
              <Link to={localVerifyPath(decision.verifyUrl)}>{t('label.decision.verify')}</Link>
              <span className="muted"> ({decision.verifyUrl})</span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
