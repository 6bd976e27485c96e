import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { Language } from '../../api';
import type { PublicSurvey } from '../../api/surveys';
import { localised, normaliseFramework, pick } from '../framework/normalise';

/**
 * The key element names for the headings of the questionnaire: from the survey itself when the server
 * sends them, else from the (public) framework whose elements match the statements. Until then, or
 * when nothing matches, the page numbers the parts.
 */
export function useElementNames(survey: PublicSurvey | null, language: Language): Record<string, string> {
  const [fromFramework, setFromFramework] = useState<Record<string, { nl: string; en: string }>>({});
  const ids = survey ? [...new Set(survey.statements.map((s) => s.elementId))] : [];
  const own = survey?.elements ?? null;
  const key = ids.join(',');

  useEffect(() => {
    if (!key || own) return;
    let live = true;
    const wanted = key.split(',');
    (async () => {
      const { frameworks } = await api.frameworks();
      for (const summary of frameworks) {
        const framework = normaliseFramework(await api.framework(summary.id));
        const names: Record<string, { nl: string; en: string }> = {};
        for (const element of framework.elements) names[element.id] = element.name;
        if (wanted.every((id) => names[id])) {
          if (live) setFromFramework(names);
          return;
        }
      }
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, own]);

  const names: Record<string, string> = {};
  if (own) {
    for (const element of own) {
      const id = element.elementId ?? element.id;
      const name = typeof element.name === 'string' ? element.name : pick(localised(element.name), language);
      if (id && name) names[id] = name;
    }
  } else {
    for (const id of ids) {
      const name = fromFramework[id];
      if (name) names[id] = pick(name, language);
    }
  }
  return names;
}
