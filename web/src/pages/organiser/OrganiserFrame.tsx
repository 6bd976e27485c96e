import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Programme } from '../../api';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n';
import { ProgrammeState } from '../programmes/ProgrammeState';
import { useProgramme } from '../programmes/useProgramme';
import { ProgrammeNav } from './ProgrammeNav';

/**
 * The frame of an organiser page about one programme (`:id` in the route): it loads the programme,
 * shows the heading "<page> · <programme>" and the programme's navigation.
 */
export function OrganiserFrame({
  title,
  children,
}: {
  title: string;
  children: (programme: Programme, reload: () => void) => ReactNode;
}) {
  const { t } = useI18n();
  const { id } = useParams();
  const { load, reload } = useProgramme(id);
  if (load.status !== 'ready') return <ProgrammeState load={load} retry={reload} />;
  const { programme } = load;
  return (
    <Page
      className="organiser"
      title={title}
      about={`${programme.name} (${programme.schoolYear})`}
      back={{ to: "/organiser/programmes", label: t('organiser.programmes.title') }}
      nav={<ProgrammeNav programme={programme} />}
    >
      {children(programme, reload)}
    </Page>
  );
}
