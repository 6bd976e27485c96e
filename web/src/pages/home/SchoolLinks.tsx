import { ButtonLink } from '../../components/ButtonLink';
import type { MyProgramme } from '../../api';
import type { HomeMeasurement } from '../../api/home';
import { LinkGroups } from '../../components/LinkGroups';
import type { LinkGroup } from '../../components/LinkGroups';
import { schoolPageGroups } from '../../components/SchoolNav';
import { useI18n } from '../../i18n';
import { STATUS_TEXT } from '../measurement/texts';

/** The one prominent link of a programme card: the next step. */
export interface MainAction {
  to: string;
  label: string;
  /** A short line beside it, e.g. "4 of 21 criteria answered". */
  detail?: string;
}

/**
 * A school's pages in one programme, on its card on the home page: one main action (the next step, which
 * the home page takes from GET /api/me/home: the server's rules, core/home_steps.h), then the rest under
 * short headings, the same groups as the school pages' navigation (SchoolNav): measure, plan and
 * evidence, learning network, and the programme (its page, the team). The measurements' states come from
 * the same answer; the links work without them (while it loads, or when it failed).
 */
export function SchoolLinks({
  programme,
  mainAction,
  measurements,
}: {
  programme: MyProgramme;
  mainAction?: MainAction;
  measurements?: HomeMeasurement[];
}) {
  const { t } = useI18n();
  const action = mainAction ?? null;

  const statusOf = (kind: 'baseline' | 'final') => {
    const m = measurements?.find((x) => x.kind === kind);
    if (!m) return undefined;
    return (
      <span className="muted" data-testid={`status-${kind}`}>
        {' '}
        ({t(STATUS_TEXT[m.status])}
        {m.status !== 'not_started' && `, ${t('measurement.progressText', { answered: m.answered, total: m.total })}`})
      </span>
    );
  };

  const prefix = `school-${programme.id}-${programme.organisationId}`;
  const groups: LinkGroup[] = schoolPageGroups(programme.id, programme.organisationId).map((group) => ({
    id: group.id,
    label: t(group.text),
    links: group.pages.map((page) => ({
      to: page.to,
      label: t(page.text),
      after: page.key === 'baseline' || page.key === 'final' ? statusOf(page.key) : undefined,
    })),
  }));
  groups.push({
    id: 'programme',
    label: t('subnav.group.programme'),
    links: [
      { to: `/programmes/${encodeURIComponent(String(programme.id))}`, label: t('home.programmePage') },
      ...(programme.role === 'coordinator'
        ? [{ to: `/team?organisation=${encodeURIComponent(String(programme.organisationId))}`, label: t('home.teamLink') }]
        : []),
    ],
  });

  return (
    <>
      <MainActionLink action={action} />
      <LinkGroups groups={groups} level={4} idPrefix={prefix} />
    </>
  );
}

/** A card's main action: a link styled as the primary button. Its place is kept while `action` is null (loading), so nothing below moves. */
export function MainActionLink({ action }: { action: MainAction | null }) {
  return (
    <div className="main-action" data-testid="main-action">
      {action && (
        <>
          <ButtonLink to={action.to}>
            {action.label}
          </ButtonLink>
          {action.detail && <span className="main-action__detail">{action.detail}</span>}
        </>
      )}
    </div>
  );
}
