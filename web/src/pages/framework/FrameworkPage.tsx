import { useEffect, useState } from 'react';
import type { ChangeEvent, MouseEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api';
import type { FrameworkSummary } from '../../api';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { generalMessage } from '../../components/formErrors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { criterionCount, normaliseFramework, pick } from './normalise';
import type { Framework, LevelId } from './normalise';
import { LoadFailed } from '../../components/LoadFailed';

const LEVEL_TEXT: Record<LevelId, MessageKey> = {
  not_yet: 'level.not_yet',
  competent: 'level.competent',
  proficient: 'level.proficient',
  expert: 'level.expert',
};

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'empty' }
  | { status: 'ready'; list: FrameworkSummary[]; framework: Framework };

const anchor = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function jump(id: string) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const target = document.getElementById(id);
    if (target) {
      target.scrollIntoView();
      target.focus();
    }
  };
}

export function FrameworkPage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('id');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const { frameworks } = await api.frameworks();
        if (frameworks.length === 0) {
          if (live) setLoad({ status: 'empty' });
          return;
        }
        const chosen = frameworks.find((f) => f.id === wanted) ?? frameworks[0]!;
        const framework = normaliseFramework(await api.framework(chosen.id));
        if (live) setLoad({ status: 'ready', list: frameworks, framework });
      } catch (error) {
        if (live) setLoad({ status: 'error', message: generalMessage(t, error) });
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, attempt]);

  const title = t('framework.title');

  if (load.status === 'loading') {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (load.status === 'error' || load.status === 'empty') {
    return (
      <Page title={title}>
        <LoadFailed
          message={load.status === 'error' ? load.message : t('framework.empty')}
          onRetry={load.status === 'error' ? () => setAttempt((a) => a + 1) : undefined}
        />
      </Page>
    );
  }

  const { framework, list } = load;
  const levelName = (id: LevelId) => {
    const fromDoc = framework.levels.find((l) => l.id === id)?.name;
    return fromDoc ? pick(fromDoc, language) : t(LEVEL_TEXT[id]);
  };

  return (
    <Page title={title} heading={pick(framework.name, language) || title} className="framework">
      <p className="lead">
        {t('framework.intro', {
          elements: framework.elements.length,
          criteria: criterionCount(framework),
        })}
      </p>
      {framework.description && <p>{pick(framework.description, language)}</p>}
      {framework.version && <p className="muted">{t('framework.version', { version: framework.version })}</p>}

      {list.length > 1 && (
        <div className="field field--inline">
          <label htmlFor="framework-choice">{t('framework.choose')}</label>
          <select
            id="framework-choice"
            value={framework.id}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => setParams({ id: e.target.value })}
          >
            {list.map((f) => (
              <option key={f.id} value={f.id}>
                {pick(f.name, language)} ({f.version})
              </option>
            ))}
          </select>
        </div>
      )}

      <section className="card" aria-labelledby="levels-title">
        <h2 id="levels-title">{t('framework.levelsTitle')}</h2>
        <p>{t('framework.levelsText')}</p>
        <ol className="level-list">
          {framework.levels.map((level) => (
            <li key={level.id} className={`level level--${level.id}`}>
              {levelName(level.id)}
            </li>
          ))}
        </ol>
      </section>

      <nav className="toc" aria-label={t('framework.tocLabel')}>
        <h2 id="toc-title">{t('framework.tocLabel')}</h2>
        <ol>
          {framework.elements.map((element) => {
            const id = anchor('element', element.id);
            return (
              <li key={element.id}>
                <a href={`#${id}`} onClick={jump(id)}>
                  {pick(element.name, language)}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>

      {framework.elements.map((element) => {
        const id = anchor('element', element.id);
        return (
          <section
            key={element.id}
            id={id}
            tabIndex={-1}
            className="element"
            data-testid="element"
            aria-labelledby={`${id}-title`}
          >
            <h2 id={`${id}-title`}>
              <span className="element__code">{t('framework.elementLabel', { code: element.code })}</span>{' '}
              {pick(element.name, language)}
            </h2>
            {element.description && <p>{pick(element.description, language)}</p>}
            {element.criteria.map((criterion) => {
              const cid = anchor('criterion', criterion.id);
              return (
                <article
                  key={criterion.id}
                  className="criterion"
                  data-testid="criterion"
                  aria-labelledby={`${cid}-title`}
                >
                  <h3 id={`${cid}-title`}>
                    {criterion.code && (
                      <span className="criterion__code">{t('framework.criterionLabel', { code: criterion.code })}</span>
                    )}{' '}
                    {pick(criterion.name, language)}
                  </h3>
                  {criterion.description && <p>{pick(criterion.description, language)}</p>}
                  <dl className="descriptors">
                    {framework.levels.map((level) => (
                      <div key={level.id} className={`descriptor level--${level.id}`}>
                        <dt>{levelName(level.id)}</dt>
                        <dd>{pick(criterion.descriptors[level.id], language) || t('framework.noDescriptor')}</dd>
                      </div>
                    ))}
                  </dl>
                </article>
              );
            })}
          </section>
        );
      })}
    </Page>
  );
}
