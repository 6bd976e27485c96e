import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, isApiError } from '../../api';
import type { DeletionRequestEntry, DeletionRequestPage, Role } from '../../api';
import { operatorApi } from '../../api/operator';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDate, isoMoment } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { generalMessage } from '../../components/formErrors';
import { LoadStatus } from '../../components/LoadStatus';
import { NoticeArea } from '../../components/NoticeArea';
import type { Notice } from '../../components/NoticeArea';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ROLE_TEXT } from '../home/roles';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { OperatorOnly } from '../operator/OperatorOnly';
import { pageFromParam } from '../operator/logic';
import '../../styles/erasure.css';

type Mode = 'organiser' | 'operator';

/** The two lists differ only in their routes (docs/api.md "Erasure") and in why a request cannot be done here. */
const ROUTES: Record<Mode, { list: (page: number) => Promise<DeletionRequestPage>; erase: (id: string | number) => Promise<unknown> }> = {
  organiser: { list: api.deletionRequests, erase: api.erasePerson },
  operator: { list: operatorApi.deletionRequests, erase: operatorApi.erasePerson },
};

/**
 * `/organiser/deletion-requests`: the open requests to be erased of people in the organiser's organisations
 * (oldest first). An organiser erases a person only when they organise every organisation the person belongs
 * to (`canErase`); otherwise the row says who does it. For organisers only (others get the not-found page,
 * as the server answers 403).
 */
export function OrganiserDeletionRequestsPage() {
  const { me } = useSession();
  if (!me?.memberships.some((m) => m.role === 'organiser')) return <NotFoundPage />;
  return <DeletionRequests mode="organiser" />;
}

/** `/operator/deletion-requests`: the same list for the platform operator, with every open request. */
export function OperatorDeletionRequestsPage() {
  return (
    <OperatorOnly>
      <DeletionRequests mode="operator" />
    </OperatorOnly>
  );
}

function DeletionRequests({ mode }: { mode: Mode }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = pageFromParam(params.get('page'));
  const routes = ROUTES[mode];
  const { state, reload, update } = useLoad<DeletionRequestPage>(() => routes.list(page), [mode, page]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const erase = async (request: DeletionRequestEntry) => {
    setNotice(null);
    try {
      await routes.erase(request.id);
      update((data) => ({ ...data, requests: data.requests.filter((r) => r.id !== request.id), total: Math.max(0, data.total - 1) }));
      setNotice({ text: t('erasure.done', { name: request.name }), error: false });
    } catch (error) {
      // 409 erasure_needs_operator / erasure_of_self: the server's sentence, in the request's language.
      setNotice({ text: generalMessage(t, error), error: true });
      // 404: done by someone else meanwhile, or withdrawn; the list is out of date.
      if (isApiError(error) && error.status === 404) reload();
    }
    // The row (and its button) is gone or the alert says why: the focus goes to the list's heading.
    listHeading.current?.focus();
  };

  return (
    <Page className="erasure" title={t('erasure.title')}>
      <p className="lead">{t(mode === 'operator' ? 'erasure.introOperator' : 'erasure.intro')}</p>
      <p>{t('erasure.what')}</p>
      <h2 id="erasure-requests" ref={listHeading} tabIndex={-1}>
        {t('erasure.listTitle')}
      </h2>
      <p role="status" className="erasure__count">
        {state.status === 'ready' && state.data.total > 0 && t('erasure.count', { count: state.data.total })}
      </p>
      <NoticeArea notice={notice} />
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          {state.data.requests.length === 0 ? (
            <EmptyState>{t('erasure.empty')}</EmptyState>
          ) : (
            <ul className="erasure__list" aria-labelledby="erasure-requests">
              {state.data.requests.map((r) => (
                <RequestCard key={r.id} request={r} mode={mode} onErase={erase} />
              ))}
            </ul>
          )}
          <Pagination
            label={t('erasure.pages')}
            page={state.data.page}
            pages={state.data.pages}
            onPage={(next) => {
              setParams(next > 1 ? { page: String(next) } : {});
              listHeading.current?.focus();
            }}
          />
        </>
      )}
    </Page>
  );
}

function RequestCard({
  request: r,
  mode,
  onErase,
}: {
  request: DeletionRequestEntry;
  mode: Mode;
  onErase: (r: DeletionRequestEntry) => Promise<void>;
}) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const headingId = `erasure-request-${r.id}`;
  const own = me !== null && me !== undefined && me.user.email.toLowerCase() === r.email.toLowerCase();
  const roleText = (role: string) => (ROLE_TEXT[role as Role] ? t(ROLE_TEXT[role as Role].title) : role);
  return (
    <li className="card erasure__request" data-request={r.id}>
      <h3 id={headingId}>{r.name}</h3>
      <dl className="pairs">
        <div>
          <dt>{t('erasure.email')}</dt>
          <dd className="erasure__email">{r.email}</dd>
        </div>
        <div>
          <dt>{t('erasure.requestedAt')}</dt>
          <dd>
            <time dateTime={isoMoment(r.requestedAt)}>{formatDate(r.requestedAt, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('erasure.reason')}</dt>
          <dd>{r.reason ? r.reason : <span className="muted">{t('erasure.noReason')}</span>}</dd>
        </div>
        <div>
          <dt>{t('erasure.memberships')}</dt>
          <dd>
            {r.memberships.length === 0 ? (
              <span className="muted">{t('erasure.noMemberships')}</span>
            ) : (
              <ul className="erasure__memberships">
                {r.memberships.map((m, i) => (
                  <li key={i}>
                    {m.organisationName} ({roleText(m.role).toLocaleLowerCase(language)})
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {r.canErase ? (
        <ConfirmButton
          label={
            <>
              {t('erasure.erase')} <span className="visually-hidden">({r.name})</span>
            </>
          }
          question={t('erasure.question', { name: r.name })}
          text={t('erasure.questionText')}
          confirmText={t('erasure.eraseYes')}
          groupLabel={r.name}
          onConfirm={() => onErase(r)}
          danger
        />
      ) : (
        <p className="erasure__why">
          {own ? t(mode === 'operator' ? 'erasure.ownOperator' : 'erasure.own') : t(mode === 'operator' ? 'erasure.notHere' : 'erasure.needsOperator')}
        </p>
      )}
    </li>
  );
}
