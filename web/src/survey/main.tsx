// The public survey page (survey.html; the server serves it for /s, /s/{code} and /s/{code}/done): the
// respondent's pages of pages/respond without the app around them. Built on its own with Preact behind
// React's names (`vite build --mode survey`, vite.config.ts), so a pupil's phone loads about a fifth of
// the app's script; web/README.md, "The survey page", has the measurements.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setRequestLanguage } from '../api/client';
import { DEFAULT_LANGUAGE, I18nProvider, loadDictionary, provideDictionaryPart, storedLanguage } from '../i18n';
import { normaliseCode } from '../pages/respond/code';
import { prefetchQuestionnaire } from '../pages/respond/questionnaire';
import { matchSurveyPath } from '../pages/respond/router';
import { SurveyApp } from '../pages/respond/SurveyApp';
// The Dutch words come with the script (a second request costs more than their 2 KB on a slow phone
// network); the English ones are fetched when chosen.
import nlWords from 'virtual:sk-dictionary/nl-core';
import '../styles/app.css';
import '../styles/surveys.css';

provideDictionaryPart('nl', 'core', nlWords);
const language = storedLanguage() ?? DEFAULT_LANGUAGE;
setRequestLanguage(language);

// The questions are asked for now, while the words (English) load and the page renders.
const route = matchSurveyPath(window.location.pathname);
if (route.page === 'respond') prefetchQuestionnaire(normaliseCode(route.code), language);

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider>
        <SurveyApp />
      </I18nProvider>
    </StrictMode>,
  );
// Render once the words are here, so the first paint is the page and not a loading line; a failed fetch
// renders too (the I18nProvider then offers to try again).
loadDictionary(language).then(render, render);
