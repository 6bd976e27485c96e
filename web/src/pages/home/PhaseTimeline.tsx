import type { HomePhase } from '../../api/home';
import { formatDay } from '../../components/dates';
import { useI18n } from '../../i18n';
import { countText, phaseName } from './todoTexts';

/**
 * A programme's phases in order, as an ordered list: each with its dates (for a school its own closing date,
 * with the extension said in words), whether it is over, running or coming, and the days left or until it
 * starts. The running phase is `aria-current="step"`. One column on a phone, the same list on wider screens.
 */
export function PhaseTimeline({ phases, headingId, headingLevel = 4 }: { phases: HomePhase[]; headingId: string; headingLevel?: 3 | 4 }) {
  const { t, language } = useI18n();
  if (phases.length === 0) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="phase-timeline">
      <Heading id={headingId} className="phase-timeline__title">
        {t('home.timelineTitle')}
      </Heading>
      <ol className="phase-timeline__list" aria-labelledby={headingId}>
        {phases.map((p) => {
          const state =
            p.time === 'current' ? t('home.phaseCurrent') : p.time === 'past' ? t('home.phasePast') : t('home.phaseFuture');
          const when =
            p.time === 'current' && p.daysLeft !== null
              ? countText(t, p.daysLeft, 'home.phaseClosesToday', 'home.phaseDaysLeft', {
                  count: p.daysLeft,
                })
              : p.time === 'future' && p.daysUntil !== null
                ? t('home.phaseDaysUntil', { count: p.daysUntil })
                : '';
          return (
            <li
              key={p.kind}
              className={`phase-timeline__phase phase-timeline__phase--${p.time}`}
              aria-current={p.time === 'current' ? 'step' : undefined}
              data-phase={p.kind}
            >
              <span className="phase-timeline__name">{phaseName(t, p.kind)}</span>{' '}
              <span className="phase-timeline__state">
                ({state}
                {when && `, ${when}`})
              </span>
              <span className="phase-timeline__dates">
                {t('home.phaseDates', {
                  from: formatDay(p.opensOn, language),
                  to: formatDay(p.extended ? p.programmeClosesOn : p.closesOn, language),
                })}
                {p.extended && `; ${t('home.phaseExtended', { date: formatDay(p.closesOn, language) })}`}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
