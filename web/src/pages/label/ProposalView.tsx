import type { Application } from '../../api/label';
import { useI18n } from '../../i18n';
import { ANSWER_LEVEL_TEXT } from '../measurement/texts';
import { proposalText, reviewedCount } from './logic';

/** The rule's proposal on the accepted levels, with what holds the next level back. */
export function ProposalView({ application, names }: { application: Application; names: Record<string, string> }) {
  const { t } = useI18n();
  const proposal = application.proposal;
  if (!proposal) {
    return (
      <p>
        {t('reviews.page.proposalPending', {
          count: application.criteria.length - reviewedCount(application.criteria),
        })}
      </p>
    );
  }
  const text = proposalText(t, proposal, names, ANSWER_LEVEL_TEXT);
  return (
    <div data-proposal={proposal.label}>
      <p>
        <strong>{text.label}</strong>
      </p>
      {text.missing && <p>{text.missing}</p>}
      {text.lead && <p>{text.lead}</p>}
      {text.blockers.length > 0 && (
        <ul>
          {text.blockers.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
