import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api';
import { awardApi } from '../../api/award';
import type { Candidacy, Round, SchoolAward } from '../../api/award';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDay, formatMoment } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { useSchoolName } from '../../components/SchoolHeading';
import { SchoolNav } from '../../components/SchoolNav';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { schoolPath } from '../measurement/texts';
import { CandidacyForm } from './CandidacyForm';
import { CANDIDACY_STATUS_TEXT, RESULT_TEXT, ROUND_STATUS_TEXT } from './texts';
import '../../styles/award.css';

interface SchoolData {
  round: Round | null;
  /** The school's own entry (null for an organiser, who reads the candidacy only). */
  school: SchoolAward | null;
  candidacy: Candidacy | null;
}

async function loadSchool(programmeId: string, organisationId: string): Promise<SchoolData> {
  const view = await awardApi.view(programmeId);
  const school = view.role === 'school' ? (view.schools.find((s) => String(s.organisationId) === organisationId) ?? null) : null;
  let candidacy: Candidacy | null = null;
  if (view.round && (school === null || school.candidacy !== null)) {
    try {
      candidacy = await awardApi.candidacy(programmeId, organisationId);
    } catch (error) {
      if (!isApiError(error) || error.status !== 404) throw error;
    }
  }
  return { round: view.round, school, candidacy };
}

/**
 * `/programmes/:id/schools/:orgId/award`: the school's candidacy for the programme's award — written
 * by the coordinator once the final measurement is submitted, changed or withdrawn until the round
 * closes, and the result once the winners are announced. Candidates never see scores.
 */
export function SchoolAwardPage() {
  const { t, language } = useI18n();
  const { id = '', orgId = '' } = useParams();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { state, reload, update } = useLoad(() => loadSchool(id, orgId), [id, orgId]);
  const schoolName = useSchoolName(orgId);
  const title = t('award.school.title');

  return (
    <Page title={title} about={schoolName} nav={<SchoolNav programmeId={id} organisationId={orgId} schoolName={schoolName} />} className="award-page">
      <p className="lead">{t('award.school.intro')}</p>
      <NoticeArea notice={notice} />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <SchoolBody
          data={state.data}
          programmeId={id}
          organisationId={orgId}
          onSaved={(candidacy, text) => {
            update((data) => ({ ...data, candidacy }));
            setNotice({ text, error: false });
            reload();
          }}
          onWithdrawn={(text) => {
            setNotice({ text, error: false });
            reload();
          }}
          onError={(text) => setNotice({ text, error: true })}
          language={language}
        />
      )}
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

function SchoolBody({
  data,
  programmeId,
  organisationId,
  onSaved,
  onWithdrawn,
  onError,
  language,
}: {
  data: SchoolData;
  programmeId: string;
  organisationId: string;
  onSaved: (candidacy: Candidacy, text: string) => void;
  onWithdrawn: (text: string) => void;
  onError: (text: string) => void;
  language: 'nl' | 'en';
}) {
  const { t } = useI18n();
  const { round, school, candidacy } = data;

  if (!round) return <p data-testid="award-no-round">{t('award.school.noRound')}</p>;

  const canEdit = Boolean(school?.canEdit) && Boolean(school?.finalSubmitted);
  const withdraw = async () => {
    try {
      await awardApi.withdrawCandidacy(programmeId, organisationId);
      onWithdrawn(t('award.candidacy.withdrawn'));
    } catch (error) {
      onError(generalMessage(t, error));
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="award-round-title">
        <h2 id="award-round-title">{t('award.school.roundTitle')}</h2>
        <p data-testid="award-round-facts">
          {t('award.school.round', {
            opens: formatDay(round.opensOn, language),
            closes: formatDay(round.closesOn, language),
            status: t(ROUND_STATUS_TEXT[round.status]),
          })}
        </p>
        {round.status === 'open' && !round.acceptingCandidacies && <p>{t('award.school.notAccepting')}</p>}
        {school && !school.finalSubmitted && (
          <p className="notice" data-testid="final-needed">
            {t('award.school.finalNeeded')}{' '}
            <Link to={`${schoolPath(programmeId, organisationId)}/measurements/final`}>{t('award.school.finalLink')}</Link>
          </p>
        )}
      </section>

      {candidacy && (
        <section className="card" aria-labelledby="candidacy-title" data-testid="candidacy">
          <h2 id="candidacy-title">{t('award.school.candidacyTitle')}</h2>
          <p data-testid="candidacy-status">
            {t('award.school.candidacyStatus', {
              status: t(CANDIDACY_STATUS_TEXT[candidacy.status]),
              when: formatMoment(candidacy.updatedAt || candidacy.submittedAt, language),
            })}
          </p>
          {candidacy.result && (
            <p className="award-result" data-testid="candidacy-result">
              {t(RESULT_TEXT[candidacy.result])}
            </p>
          )}
          {!candidacy.result && round.status !== 'open' && candidacy.status === 'submitted' && <p>{t('award.school.waiting')}</p>}
          {!canEdit && <CandidacyFacts candidacy={candidacy} />}
          {canEdit && candidacy.status === 'submitted' && (
            <div className="actions">
              <ConfirmButton
                small={false}
                label={t('award.candidacy.withdraw')}
                question={t('award.candidacy.withdrawQuestion')}
                text={t('award.candidacy.withdrawText')}
                confirmText={t('award.candidacy.withdrawYes')}
                onConfirm={withdraw}
              />
            </div>
          )}
        </section>
      )}

      {canEdit && (
        <section className="card" aria-labelledby="candidacy-form-title">
          <h2 id="candidacy-form-title">{t(candidacy ? 'award.school.editTitle' : 'award.school.newTitle')}</h2>
          <p>{t('award.school.formIntro', { closes: formatDay(round.closesOn, language) })}</p>
          <CandidacyForm
            key={candidacy ? `${candidacy.id}-${candidacy.updatedAt}` : 'new'}
            programmeId={programmeId}
            organisationId={organisationId}
            candidacy={candidacy}
            onSaved={onSaved}
          />
        </section>
      )}
      {!candidacy && !canEdit && school?.finalSubmitted && <EmptyState>{t('award.school.noCandidacy')}</EmptyState>}
    </>
  );
}

/** The candidacy as it was submitted (read-only). */
export function CandidacyFacts({ candidacy }: { candidacy: Pick<Candidacy, 'pitch' | 'videoUrl' | 'team' | 'evidence'> }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('award.candidacy.pitch')}</dt>
      <dd className="preserve-lines">{candidacy.pitch}</dd>
      <dt>{t('award.candidacy.video')}</dt>
      <dd>
        {candidacy.videoUrl ? (
          <a href={candidacy.videoUrl} rel="noopener noreferrer" target="_blank">
            {candidacy.videoUrl}
          </a>
        ) : (
          t('award.candidacy.noVideo')
        )}
      </dd>
      <dt>{t('award.candidacy.team')}</dt>
      <dd>
        <ul className="plain">
          {candidacy.team.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      </dd>
      <dt>{t('award.candidacy.evidence')}</dt>
      <dd>
        {candidacy.evidence.length === 0 ? (
          t('award.candidacy.noAttachments')
        ) : (
          <ul className="plain">
            {candidacy.evidence.map((e) => {
              const href = e.downloadUrl ?? e.url;
              return (
                <li key={String(e.id)}>
                  {href ? (
                    <a href={href} rel="noopener noreferrer" target={e.kind === 'link' ? '_blank' : undefined}>
                      {e.title}
                    </a>
                  ) : (
                    e.title
                  )}{' '}
                  <span className="muted">({t(e.kind === 'file' ? 'award.candidacy.file' : 'award.candidacy.link')})</span>
                </li>
              );
            })}
          </ul>
        )}
      </dd>
    </dl>
  );
}
