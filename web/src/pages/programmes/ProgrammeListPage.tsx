import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import type { Programme } from '../../api';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { AUDIENCE_TEXT, label } from '../../components/enumLabels';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; list: Programme[] };

/** The programmes a visitor can join (and, signed in, the ones the user takes part in). */
export function ProgrammeListPage() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.programmes().then(
      ({ programmes }) => live && setLoad({ status: 'ready', list: programmes }),
      (error) => live && setLoad({ status: 'error', message: generalMessage(t, error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  const title = t('programmes.title');
  return (
    <div>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('programmes.intro')}</p>
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && (
        <>
          <p className="notice notice--error" role="alert">
            {load.message}
          </p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('common.retry')}
          </button>
        </>
      )}
      {load.status === 'ready' &&
        (load.list.length === 0 ? (
          <p>{t('programmes.empty')}</p>
        ) : (
          <ul className="cards">
            {load.list.map((p) => (
              <li key={p.id} className="card">
                <h2>
                  <Link to={`/programmes/${p.id}`}>{p.name}</Link>
                </h2>
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
        ))}
    </div>
  );
}
