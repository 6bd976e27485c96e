import { Link } from 'react-router';
import type { JuryRoundHome } from '../../api/home';
import { formatDay } from '../../components/dates';
import { useI18n } from '../../i18n';
import type { Translate } from '../../i18n';
import type { Language } from '../../api';
import { dueText } from './todoTexts';

function roundText(t: Translate, language: Language, r: JuryRoundHome): string {
  if (r.status === 'announced') return t('home.jury.announced');
  if (r.status === 'closed') return t('home.jury.closed');
  if (r.candidates === 0) return t('home.jury.noCandidates', { from: formatDay(r.opensOn, language), to: formatDay(r.closesOn, language) });
  const waiting =
    r.waiting === 0
      ? t('home.jury.allScored')
      : t('home.jury.waiting', { count: r.waiting });
  return r.daysLeft === null ? waiting : `${waiting} (${dueText(t, r.daysLeft)})`;
}

/** The juror's award rounds: how many candidacies still wait for their scores, and until when. */
export function JuryToDos({ rounds }: { rounds: JuryRoundHome[] }) {
  const { t, language } = useI18n();
  return (
    <>
      {rounds.length === 0 ? (
        <p data-testid="jury-empty">{t('home.jury.none')}</p>
      ) : (
        <ul className="todo__list" data-testid="jury-rounds">
          {rounds.map((r) => (
            <li key={r.programmeId} className={`todo__item${r.status === 'open' && r.waiting > 0 ? ' todo__item--warning' : ''}`}>
              <span className="todo__label">{r.programmeName}</span>: {roundText(t, language, r)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/jury">{t('jury.homeLink')}</Link>
      </p>
    </>
  );
}
