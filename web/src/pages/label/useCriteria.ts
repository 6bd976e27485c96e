import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { normaliseFramework, pick } from '../framework/normalise';

export interface CriterionInfo {
  id: string;
  /** "C01 Name" when the framework is known, else the id. */
  name: string;
  elementId: string | null;
  elementName: string | null;
}

/**
 * The criterion names of the framework version an application was made with, in framework order.
 * While they load (or when the framework cannot be read) the pages show the criterion ids: the
 * application itself is complete without them.
 */
export function useCriteria(frameworkId: string | null, version: string | null): Map<string, CriterionInfo> {
  const { language } = useI18n();
  const [framework, setFramework] = useState<ReturnType<typeof normaliseFramework> | null>(null);

  useEffect(() => {
    if (!frameworkId || !version) return;
    let live = true;
    api.frameworkVersion(frameworkId, version).then(
      (doc) => live && setFramework(normaliseFramework(doc)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [frameworkId, version]);

  const map = new Map<string, CriterionInfo>();
  for (const element of framework?.elements ?? []) {
    const elementName = `${element.code}. ${pick(element.name, language)}`;
    for (const criterion of element.criteria) {
      map.set(criterion.id, {
        id: criterion.id,
        name: `${criterion.code ?? criterion.id} ${pick(criterion.name, language)}`,
        elementId: element.id,
        elementName,
      });
    }
  }
  return map;
}

/** The name of a criterion, or its id while the framework is unknown. */
export function criterionName(criteria: Map<string, CriterionInfo>, id: string): string {
  return criteria.get(id)?.name ?? id;
}

/** Criterion names keyed by id (for the proposal's sentences). */
export function nameRecord(criteria: Map<string, CriterionInfo>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [id, info] of criteria) names[id] = info.name;
  return names;
}
