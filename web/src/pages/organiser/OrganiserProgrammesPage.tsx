import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api } from '../../api';
import type { Programme } from '../../api';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { TableWrap } from '../../components/TableWrap';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; list: Programme[] };

/** The programmes the organiser's organisations run, with the way to their pages. */
export function OrganiserProgrammesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const mine = new Set(
    (me?.memberships ?? []).filter((m) => m.role === 'organiser').map((m) => String(m.organisationId)),
  );

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

  const title = t('organiser.programmes.title');
  const list = load.status === 'ready' ? load.list.filter((p) => mine.has(String(p.organiserId))) : [];

  return (
    <div>
      <PageHeading title={title}>{title}</PageHeading>
      {saved && (
        <p className="notice" role="status">
          {t('organiser.programmes.saved', { name: saved })}
        </p>
      )}
      <p>
        <Link className="button" to="/organiser/programmes/new">
          {t('organiser.programmes.new')}
        </Link>
      </p>
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
        (list.length === 0 ? (
          <p>{t('organiser.programmes.empty')}</p>
        ) : (
          <TableWrap label={t('organiser.programmes.caption')}>
            <table className="table">
              <caption>{t('organiser.programmes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organiser.programmes.name')}</th>
                  <th scope="col">{t('programme.schoolYear')}</th>
                  <th scope="col">{t('organiser.programmes.state')}</th>
                  <th scope="col">{t('organiser.programmes.schools')}</th>
                  <th scope="col">{t('organiser.programmes.mentors')}</th>
                  <th scope="col">{t('organiser.programmes.pending')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/organiser/programmes/${p.id}/registrations`}>{p.name}</Link>
                    </th>
                    <td>{p.schoolYear}</td>
                    <td>{p.published ? t('organiser.programmes.published') : t('organiser.programmes.draft')}</td>
                    <td>{t('programme.placesValue', { taken: p.schoolCount, max: p.maxSchools })}</td>
                    <td>{p.mentorCount}</td>
                    <td>{p.pendingCount ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ))}
    </div>
  );
}
