import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { Programme } from '../../api';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import { ProgrammeCards } from './ProgrammeCards';
import { LoadFailed } from '../../components/LoadFailed';

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
        <LoadFailed message={load.message} onRetry={() => setAttempt((a) => a + 1)} />
      )}
      {load.status === 'ready' &&
        (load.list.length === 0 ? (
          <p>{t('programmes.empty')}</p>
        ) : (
          <ProgrammeCards programmes={load.list} heading="h2" />
        ))}
    </div>
  );
}
