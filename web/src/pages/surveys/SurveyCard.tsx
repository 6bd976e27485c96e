import { useState } from 'react';
import { isApiError } from '../../api';
import { surveyApi } from '../../api/surveys';
import type { Survey, SurveyGroup, SurveyKind } from '../../api/surveys';
import { label, PHASE_TEXT } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { codeGroups } from '../respond/code';
import { copyText } from './copyText';
import { SURVEY_GROUP_TEXT, SURVEY_STATUS_TEXT, SURVEY_STATUS_TONE } from './labels';
import { responsesMissing, thresholdMessage } from './threshold';
import { StatusTag } from '../../components/StatusTag';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';

/** One group's survey of one measurement kind: its link and code, responses and actions. */
export function SurveyCard({
  programmeId,
  organisationId,
  kind,
  group,
  survey,
  canAct,
  onChanged,
  onFailed,
}: {
  programmeId: string;
  organisationId: string;
  kind: SurveyKind;
  group: SurveyGroup;
  survey: Survey | null;
  canAct: boolean;
  onChanged: (survey: Survey, message: string) => void;
  /** `reload`: the list is out of date (someone else opened this survey meanwhile). */
  onFailed: (message: string, reload: boolean) => void;
}) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState('');
  const base = `survey-${kind}-${group}`;
  const groupName = label(t, SURVEY_GROUP_TEXT, group);
  const kindName = label(t, PHASE_TEXT, kind);
  const params = { group: groupName, kind: kindName.toLowerCase() };

  const act = async (work: () => Promise<Survey>, done: string) => {
    setBusy(true);
    try {
      onChanged(await work(), done);
    } catch (error) {
      onFailed(generalMessage(t, error), isApiError(error) && error.code === 'survey_exists');
    } finally {
      setBusy(false);
    }
  };

  const copy = async (text: string, done: string) => {
    setCopied('');
    const ok = await copyText(text);
    setCopied(ok ? done : t('surveys.copyFailed'));
  };

  const missing = survey ? responsesMissing(survey.responses) : 0;

  return (
    <li className="card survey-card" aria-labelledby={`${base}-title`} data-group={group} data-kind={kind}>
      <h3 id={`${base}-title`}>
        {groupName}
        <span className="visually-hidden"> ({kindName})</span>
      </h3>
      {!survey ? (
        <EmptyState
          action={
            canAct && (
              <Button
                disabled={busy}
                onClick={() =>
                  void act(
                    () => surveyApi.open(programmeId, organisationId, kind, group),
                    t('surveys.opened', params),
                  )
                }
              >
                {t('surveys.open')}
                <span className="visually-hidden"> ({params.group}, {params.kind})</span>
              </Button>
            )
          }
        >
          {t('surveys.notOpened')}
        </EmptyState>
      ) : (
        <>
          <dl className="survey-card__facts">
            <div>
              <dt>{t('surveys.state')}</dt>
              <dd>
                <StatusTag tone={SURVEY_STATUS_TONE[survey.status]}>{label(t, SURVEY_STATUS_TEXT, survey.status)}</StatusTag>
              </dd>
            </div>
            <div>
              <dt>{t('surveys.link')}</dt>
              <dd className="survey-card__link">
                <a href={survey.link} data-testid="survey-link">
                  {survey.link}
                </a>
              </dd>
            </div>
            <div>
              <dt>{t('surveys.code')}</dt>
              <dd className="survey-code" data-testid="survey-code" data-code={survey.code}>
                {codeGroups(survey.code).map((part, i) => (
                  <span key={i} className="survey-code__group">
                    {part}
                  </span>
                ))}
              </dd>
            </div>
            <div>
              <dt>{t('surveys.responses')}</dt>
              <dd data-testid="survey-responses">{survey.responses}</dd>
            </div>
          </dl>
          <figure className="survey-card__qr">
            <img
              src={surveyApi.qrUrl(survey.id)}
              alt={t('surveys.qrAlt', { link: survey.link })}
              width={160}
              height={160}
              data-testid="survey-qr"
            />
            <figcaption>
              <a href={surveyApi.posterUrl(survey.id, language)} data-testid="survey-poster">
                {t('surveys.poster')}
                <span className="visually-hidden"> ({params.group}, {params.kind})</span>
              </a>
              <span className="muted survey-card__poster-hint"> {t('surveys.posterHint')}</span>
            </figcaption>
          </figure>
          <p className={missing === 0 ? 'survey-card__threshold survey-card__threshold--ok' : 'survey-card__threshold'}>
            {thresholdMessage(t, survey.responses)}
          </p>
          <div className="actions">
            <Button
              variant="secondary"
              onClick={() => void copy(survey.link, t('surveys.linkCopied'))}
            >
              {t('surveys.copyLink')}
              <span className="visually-hidden"> ({params.group}, {params.kind})</span>
            </Button>
            <Button
              variant="secondary"
              onClick={() => void copy(survey.code, t('surveys.codeCopied'))}
            >
              {t('surveys.copyCode')}
              <span className="visually-hidden"> ({params.group}, {params.kind})</span>
            </Button>
            {canAct &&
              (survey.status === 'open' ? (
                <Button
                  variant="secondary"
                  disabled={busy}
                  onClick={() => void act(() => surveyApi.close(survey.id), t('surveys.closed', params))}
                >
                  {t('surveys.close')}
                  <span className="visually-hidden"> ({params.group}, {params.kind})</span>
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  disabled={busy}
                  onClick={() => void act(() => surveyApi.reopen(survey.id), t('surveys.reopened', params))}
                >
                  {t('surveys.reopen')}
                  <span className="visually-hidden"> ({params.group}, {params.kind})</span>
                </Button>
              ))}
          </div>
          <p role="status" className="survey-card__copied" data-testid="copy-status">
            {copied}
          </p>
        </>
      )}
    </li>
  );
}
