import { useState } from 'react';
import type { FormEvent } from 'react';
import { awardApi } from '../../api/award';
import type { Candidacy } from '../../api/award';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { FormField } from '../../components/FormField';
import { TextAreaField } from '../../components/fields';
import { splitApiError, summaryItems } from '../../components/formErrors';
import type { FieldErrors } from '../../components/formErrors';
import { useFormErrors } from '../../components/useFormErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { candidacyProblems, PITCH_MAX, PITCH_MIN, TEAM_MAX, TEAM_NAME_MAX, teamNames } from './logic';
import type { CandidacyProblem } from './logic';

const IDS = { pitch: 'cand-pitch', videoUrl: 'cand-video', team: 'cand-team', evidenceIds: 'cand-evidence' };

/** The server's field names (`team[3]`, `evidenceIds[1]` …) mapped to the form's inputs. */
function serverFieldIds(): Record<string, string> {
  const ids: Record<string, string> = { ...IDS };
  for (let i = 0; i < 20; i++) {
    ids[`team[${i}]`] = IDS.team;
    ids[`evidenceIds[${i}]`] = IDS.evidenceIds;
  }
  return ids;
}

const PROBLEM: Record<CandidacyProblem, { field: string; text: MessageKey }> = {
  pitchShort: { field: IDS.pitch, text: 'award.candidacy.pitchShort' },
  pitchLong: { field: IDS.pitch, text: 'award.candidacy.pitchLong' },
  videoUrl: { field: IDS.videoUrl, text: 'award.candidacy.videoBad' },
  teamEmpty: { field: IDS.team, text: 'award.candidacy.teamEmpty' },
  teamLong: { field: IDS.team, text: 'award.candidacy.teamLong' },
  teamNameLong: { field: IDS.team, text: 'award.candidacy.teamNameLong' },
};

/** The coordinator writes (or changes, or submits again) the school's candidacy. */
export function CandidacyForm({
  programmeId,
  organisationId,
  candidacy,
  onSaved,
}: {
  programmeId: string;
  organisationId: string;
  candidacy: Candidacy | null;
  onSaved: (candidacy: Candidacy, text: string) => void;
}) {
  const { t } = useI18n();
  const [pitch, setPitch] = useState(candidacy?.pitch ?? '');
  const [videoUrl, setVideoUrl] = useState(candidacy?.videoUrl ?? '');
  const [team, setTeam] = useState((candidacy?.team ?? []).join('\n'));
  const [evidenceIds, setEvidenceIds] = useState<string[]>((candidacy?.evidenceIds ?? []).map(String));
  // The titles of the chosen evidence: the candidacy's own, then each row chosen in the search.
  const [titles, setTitles] = useState<Map<string, string>>(() => new Map((candidacy?.evidence ?? []).map((e) => [String(e.id), e.title])));
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = candidacyProblems({ pitch, videoUrl, team });
    if (problems.length > 0) {
      const found: FieldErrors = {};
      for (const p of problems) {
        found[PROBLEM[p].field] = t(PROBLEM[p].text, { min: PITCH_MIN, max: PITCH_MAX, team: TEAM_MAX, name: TEAM_NAME_MAX });
      }
      form.fail(found);
      return;
    }
    setBusy(true);
    try {
      const saved = await awardApi.saveCandidacy(programmeId, organisationId, {
        pitch: pitch.trim(),
        videoUrl: videoUrl.trim() === '' ? null : videoUrl.trim(),
        team: teamNames(team),
        evidenceIds: evidenceIds.map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
      });
      form.clear();
      const again = candidacy !== null && candidacy.status === 'withdrawn';
      onSaved(saved, t(candidacy === null || again ? 'award.candidacy.submitted' : 'award.candidacy.updated'));
    } catch (error) {
      const split = splitApiError(t, error, serverFieldIds());
      form.fail(split.fields, split.general);
    } finally {
      setBusy(false);
    }
  };

  const pitchLength = [...pitch.trim()].length;
  const submitText: MessageKey =
    candidacy === null ? 'award.candidacy.submit' : candidacy.status === 'withdrawn' ? 'award.candidacy.resubmit' : 'award.candidacy.save';

  return (
    <>
      <ErrorSummary
        title={t('errors.summaryTitle')}
        titleId="candidacy-errors"
        items={summaryItems(Object.values(IDS), form.errors, form.general)}
        version={form.version}
      />
      <form className="form form--wide" onSubmit={submit} noValidate data-testid="candidacy-form">
        <TextAreaField
          id={IDS.pitch}
          label={t('award.candidacy.pitch')}
          hint={t('award.candidacy.pitchHint', { min: PITCH_MIN, max: PITCH_MAX, count: pitchLength })}
          value={pitch}
          onChange={setPitch}
          rows={8}
          maxLength={PITCH_MAX}
          error={form.errors[IDS.pitch]}
          required
        />
        <FormField
          id={IDS.videoUrl}
          label={t('award.candidacy.video')}
          hint={t('award.candidacy.videoHint')}
          value={videoUrl}
          onChange={setVideoUrl}
          maxLength={2000}
          error={form.errors[IDS.videoUrl]}
        />
        <TextAreaField
          id={IDS.team}
          label={t('award.candidacy.team')}
          hint={t('award.candidacy.teamHint', { max: TEAM_MAX })}
          value={team}
          onChange={setTeam}
          rows={5}
          error={form.errors[IDS.team]}
          required
        />
        <EvidencePicker
          id={IDS.evidenceIds}
          organisationId={organisationId}
          legend={t('award.candidacy.evidence')}
          hint={t('award.candidacy.evidenceHint')}
          chosen={new Set(evidenceIds)}
          chosenItems={evidenceIds.map((id) => ({ id, title: titles.get(id) ?? t('evidence.unknownItem', { id }) }))}
          onToggle={(evidence, on) => {
            const id = String(evidence.id);
            if (on) setTitles((current) => new Map(current).set(id, evidence.title));
            setEvidenceIds((current) => (on ? [...current.filter((c) => c !== id), id] : current.filter((c) => c !== id)));
          }}
          emptyText={t('award.candidacy.noEvidence')}
          withKind={false}
          error={form.errors[IDS.evidenceIds]}
        />
        <FormActions label={t(submitText)} busy={busy} />
      </form>
    </>
  );
}
