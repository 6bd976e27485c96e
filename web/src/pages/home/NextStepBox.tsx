import { ButtonLink } from '../../components/ButtonLink';
import type { NextStep } from '../../api/home';
import { useI18n } from '../../i18n';
import { stepTexts } from './todoTexts';

/**
 * The one main action of a school in a programme (GET /api/me/home `nextStep`): a labelled box with the
 * action as a button-styled link to the page where it is done, and the sentence that says why.
 */
export function NextStepBox({ step, headingId }: { step: NextStep; headingId: string }) {
  const { t, language } = useI18n();
  const { action, detail } = stepTexts(t, language, step);
  return (
    // A div, not a section: one per card, and regions of the same name would not be unique landmarks.
    <div className={`next-step next-step--${step.kind}`} data-testid="next-step" data-step={step.kind}>
      <h4 id={headingId} className="next-step__title">
        {t('home.nextStep')}
      </h4>
      <p className="next-step__detail">{detail}</p>
      <p className="next-step__action">
        <ButtonLink to={step.path}>
          {action}
        </ButtonLink>
      </p>
    </div>
  );
}
