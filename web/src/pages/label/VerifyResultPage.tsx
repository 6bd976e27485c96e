import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api';
import { labelApi } from '../../api/label';
import type { Certificate } from '../../api/label';
import { formatDay } from '../../components/dates';
import { generalMessage } from '../../components/formErrors';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { LABEL_TEXT, normaliseCertificateCode } from './logic';
import { VerifyForm } from './VerifyFormPage';
import '../../styles/label.css';
import { LoadFailed } from '../../components/LoadFailed';

type Load =
  | { status: 'loading' }
  | { status: 'unknown' }
  | { status: 'error'; message: string }
  | { status: 'ready'; certificate: Certificate };

/**
 * `/verify/:code`: whether a certificate is genuine, and whether it is still valid — in words and
 * not by colour alone: "genuine and valid", "genuine but expired" or "unknown code".
 */
export function VerifyResultPage() {
  const { t, language } = useI18n();
  const { code: rawCode = '' } = useParams();
  const code = normaliseCertificateCode(rawCode);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    labelApi.certificate(code).then(
      (certificate) => live && setLoad({ status: 'ready', certificate }),
      (error) => {
        if (!live) return;
        if (isApiError(error) && (error.code === 'certificate_not_found' || error.status === 404)) setLoad({ status: 'unknown' });
        else setLoad({ status: 'error', message: generalMessage(t, error) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, attempt]);

  const title = t('verify.resultTitle', { code });
  return (
    <Page title={title} className="label-page narrow">
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && (
        <LoadFailed message={load.message} onRetry={() => setAttempt((a) => a + 1)} />
      )}
      {load.status === 'unknown' && (
        <div className="verdict verdict--unknown" data-testid="verdict" data-verdict="unknown">
          <p className="verdict__title">{t('verify.unknown')}</p>
          <p>{t('verify.unknownText')}</p>
        </div>
      )}
      {load.status === 'ready' && (
        <div
          className={`verdict verdict--${load.certificate.valid ? 'valid' : 'expired'}`}
          data-testid="verdict"
          data-verdict={load.certificate.valid ? 'valid' : 'expired'}
        >
          <p className="verdict__title">
            {load.certificate.valid
              ? t('verify.valid', { until: formatDay(load.certificate.validUntil, language) })
              : t('verify.expired', { until: formatDay(load.certificate.validUntil, language) })}
          </p>
          <dl className="pairs">
            <div>
              <dt>{t('verify.school')}</dt>
              <dd>{load.certificate.schoolName}</dd>
            </div>
            <div>
              <dt>{t('verify.municipality')}</dt>
              <dd>{load.certificate.municipality}</dd>
            </div>
            <div>
              <dt>{t('verify.label')}</dt>
              <dd>{t(LABEL_TEXT[load.certificate.label] ?? 'label.value.none')}</dd>
            </div>
            <div>
              <dt>{t('verify.programme')}</dt>
              <dd>{load.certificate.programmeName}</dd>
            </div>
            <div>
              <dt>{t('verify.validFrom')}</dt>
              <dd>{formatDay(load.certificate.validFrom, language)}</dd>
            </div>
            <div>
              <dt>{t('verify.validUntil')}</dt>
              <dd>{formatDay(load.certificate.validUntil, language)}</dd>
            </div>
            <div>
              <dt>{t('verify.code')}</dt>
              <dd>
                <code>{load.certificate.code}</code>
              </dd>
            </div>
          </dl>
        </div>
      )}
      <section aria-labelledby="verify-another" className="card">
        <h2 id="verify-another">{t('verify.another')}</h2>
        <VerifyForm compact />
      </section>
      <p>
        <Link to="/showcase">{t('verify.toShowcase')}</Link>
      </p>
    </Page>
  );
}

