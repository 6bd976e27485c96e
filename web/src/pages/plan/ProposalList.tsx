import { useState } from 'react';
import { Link } from 'react-router';
import type { OrganisationMember } from '../../api';
import { planApi } from '../../api/plan';
import type { Plan, Proposal } from '../../api/plan';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { CriterionInfo } from '../label/useCriteria';
import { ANSWER_LEVEL_TEXT, KIND_TEXT } from '../measurement/texts';
import { ConfirmButton } from '../../components/ConfirmButton';
import { GoalForm } from './GoalForm';
import { goalInput, proposalToForm } from './logic';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';

/**
 * What the measurement suggests working on: per criterion the level now and the target, why it is
 * proposed, and suggestions. The coordinator accepts one as a goal (a pre-filled form to change before
 * saving) or drops it.
 */
export function ProposalList({
  plan,
  programmeId,
  organisationId,
  criteria,
  criteriaList,
  members,
  onChanged,
  onError,
}: {
  plan: Plan;
  programmeId: string;
  organisationId: string;
  criteria: Map<string, CriterionInfo>;
  criteriaList: CriterionInfo[];
  members: OrganisationMember[];
  onChanged: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { t } = useI18n();
  const [accepting, setAccepting] = useState<string | null>(null);
  const name = (id: string) => criteria.get(id)?.name ?? id;

  return (
    <section className="card proposals" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('plan.proposals.title')}</h2>
      {plan.measurement ? (
        <p>{t('plan.proposals.intro', { measurement: t(KIND_TEXT[plan.measurement.kind]) })}</p>
      ) : (
        <p>{t('plan.proposals.noMeasurement')}</p>
      )}
      {plan.measurement && plan.proposals.length === 0 && <EmptyState>{t('plan.proposals.none')}</EmptyState>}
      <ul className="cards">
        {plan.proposals.map((proposal: Proposal) => {
          const id = `proposal-${proposal.criterionId}`;
          return (
            <li key={proposal.criterionId} className="proposal" data-proposal={proposal.criterionId}>
              <h3 id={id}>{name(proposal.criterionId)}</h3>
              <p>
                {t('plan.proposals.levels', {
                  current: t(ANSWER_LEVEL_TEXT[proposal.currentLevel]),
                  target: t(ANSWER_LEVEL_TEXT[proposal.targetLevel]),
                })}{' '}
                <span className="muted">
                  {t(proposal.reason === 'blocks_next_label' ? 'plan.proposals.blocks' : 'plan.proposals.lowest')}
                </span>
              </p>
              {proposal.suggestions.length > 0 && (
                <>
                  <p className="proposal__lead">{t('plan.proposals.suggestions')}</p>
                  <ul>
                    {proposal.suggestions.map((s) => (
                      <li key={s.id}>{s.text}</li>
                    ))}
                  </ul>
                </>
              )}
              <p>
                <Link to={`/resources?criterion=${encodeURIComponent(proposal.criterionId)}`}>
                  {t('plan.resourcesLink')}
                  <span className="visually-hidden"> ({name(proposal.criterionId)})</span>
                </Link>
              </p>
              {plan.canEdit &&
                (accepting === proposal.criterionId ? (
                  <GoalForm
                    idPrefix={`accept-${proposal.criterionId}`}
                    title={t('plan.proposals.acceptTitle', { criterion: name(proposal.criterionId) })}
                    initial={proposalToForm(proposal, name(proposal.criterionId))}
                    editing={false}
                    criteria={criteriaList}
                    members={members}
                    onCancel={() => setAccepting(null)}
                    onSave={async (form) => {
                      await planApi.addGoal(programmeId, organisationId, goalInput(form, proposal.criterionId));
                      setAccepting(null);
                      onChanged(t('plan.goal.added', { title: form.title.trim() }));
                    }}
                  />
                ) : (
                  <div className="actions">
                    <Button size="small" onClick={() => setAccepting(proposal.criterionId)}>
                      {t('plan.proposals.accept')}
                      <span className="visually-hidden"> ({name(proposal.criterionId)})</span>
                    </Button>
                    <ConfirmButton
                      label={
                        <>
                          {t('plan.proposals.drop')}
                          <span className="visually-hidden"> ({name(proposal.criterionId)})</span>
                        </>
                      }
                      question={t('plan.proposals.dropQuestion', { criterion: name(proposal.criterionId) })}
                      confirmText={t('plan.proposals.dropConfirm')}
                      onConfirm={async () => {
                        try {
                          await planApi.dismiss(programmeId, organisationId, proposal.criterionId);
                          onChanged(t('plan.proposals.dropped', { criterion: name(proposal.criterionId) }));
                        } catch (error) {
                          onError(generalMessage(t, error));
                        }
                      }}
                    />
                  </div>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
