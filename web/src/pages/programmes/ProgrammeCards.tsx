import { Link } from 'react-router';
import type { Programme } from '../../api';
import { AUDIENCE_TEXT, label } from '../../components/enumLabels';
import { useI18n } from '../../i18n';

/** Programmes as cards: the name linking to the programme's page, its year, audience and region. */
export function ProgrammeCards({ programmes, heading: Heading }: { programmes: Programme[]; heading: 'h2' | 'h3' }) {
  const { t } = useI18n();
  return (
    <ul className="cards">
      {programmes.map((p) => (
        <li key={p.id} className="card">
          <Heading>
            <Link to={`/programmes/${p.id}`}>{p.name}</Link>
          </Heading>
          <p>
            {t('programmes.summary', {
              year: p.schoolYear,
              audience: label(t, AUDIENCE_TEXT, p.audience),
              region: p.region,
            })}
          </p>
          {!p.published && <p className="muted">{t('programmes.unpublished')}</p>}
        </li>
      ))}
    </ul>
  );
}
