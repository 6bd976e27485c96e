import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import en from './en.json';
import nlCore from 'virtual:sk-dictionary/nl-core';
import nlRest from 'virtual:sk-dictionary/nl-rest';
import enCore from 'virtual:sk-dictionary/en-core';
import enRest from 'virtual:sk-dictionary/en-rest';
import nlSurvey from 'virtual:sk-dictionary/nl-survey';
import nlSurveyRest from 'virtual:sk-dictionary/nl-surveyRest';
import enSurvey from 'virtual:sk-dictionary/en-survey';

// The files whose words must be in the core part: the frame and the pages App.tsx loads with
// `'core'` words only (log-in, forgot and set password, not found), with the components they use.
const CORE_FILES = [
  'App.tsx',
  'components/Layout.tsx',
  'components/LanguageSwitch.tsx',
  'components/LanguageButtons.tsx',
  'components/Loading.tsx',
  'components/PageLoading.tsx',
  'components/RequireAuth.tsx',
  'components/ErrorSummary.tsx',
  'components/FormField.tsx',
  'components/PageHeading.tsx',
  'components/formErrors.ts',
  'session/index.tsx',
  'pages/login/LoginPage.tsx',
  'pages/forgot-password/ForgotPasswordPage.tsx',
  'pages/set-password/SetPasswordPage.tsx',
  'pages/not-found/NotFoundPage.tsx',
];

// The files of the public survey page (survey.html: src/survey/main.tsx and what it imports): their words
// are the survey part the page starts with.
const SURVEY_FILES = [
  'survey/main.tsx',
  'pages/respond/SurveyApp.tsx',
  'pages/respond/PublicLayout.tsx',
  'pages/respond/CodeFormPage.tsx',
  'pages/respond/RespondPage.tsx',
  'pages/respond/StatementField.tsx',
  'pages/respond/ThanksPage.tsx',
  // and pages/surveys/labels.ts's RESPOND_GROUP_TEXT (respond.group.*)
  'components/LanguageButtons.tsx',
  'components/Loading.tsx',
  'components/ErrorSummary.tsx',
  'components/FormField.tsx',
  'components/PageHeading.tsx',
  'components/formErrors.ts',
];

async function missingWords(files: string[], part: Record<string, string>): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const root = new URL('../', import.meta.url);
  const missing: string[] = [];
  for (const file of files) {
    const source = readFileSync(new URL(file, root), 'utf8');
    for (const key of Object.keys(nl)) if (source.includes(`'${key}'`) && !(key in part)) missing.push(`${file}: ${key}`);
  }
  return missing;
}

describe('the dictionary parts (vite.config.ts)', () => {
  it('split each language into two parts that together are the whole file', () => {
    for (const [whole, core, rest] of [
      [nl, nlCore, nlRest],
      [en, enCore, enRest],
    ] as const) {
      expect(Object.keys(core).filter((key) => key in rest)).toEqual([]);
      expect({ ...core, ...rest }).toEqual(whole);
    }
    expect(Object.keys(enCore).sort()).toEqual(Object.keys(nlCore).sort());
  });

  it('have in the core every word of the frame and the log-in pages', async () => {
    expect(await missingWords(CORE_FILES, nlCore), 'add their prefix to CORE_PREFIXES in vite.config.ts').toEqual([]);
  });

  it('have in the survey part every word of the survey page, and only a few others', async () => {
    expect({ ...nlSurvey, ...nlSurveyRest }).toEqual(nl);
    expect(Object.keys(enSurvey).sort()).toEqual(Object.keys(nlSurvey).sort());
    expect(await missingWords(SURVEY_FILES, nlSurvey), 'add them to SURVEY_KEYS in vite.config.ts').toEqual([]);
    // The words travel with the page's script: keep them to the survey's (about 80 of 1,900).
    expect(Object.keys(nlSurvey).length).toBeLessThan(120);
  });
});
