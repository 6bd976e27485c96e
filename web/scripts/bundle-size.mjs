#!/usr/bin/env node
// Prints the gzip size of the JavaScript a page needs, from the manifest Vite writes at build time
// (dist/.vite/manifest.json, build.manifest in vite.config.ts). Run `npm run size` after a build.
//
// For the log-in page that is the entry chunk with everything it imports, the log-in page's chunk
// with its imports, and the active language's core words (Dutch, the default). For the public survey
// page (survey.html, its own build: dist/.vite/survey-manifest.json) it is its entry with its static
// imports, the Dutch words included; /s, /s/{code} and /s/{code}/done all load just that. The limits
// of issue 19 are 100 KB gzip for /login and 50 KB for the survey page; the script exits with 1 above
// either.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LOGIN_LIMIT = 100 * 1024;
const SURVEY_LIMIT = 50 * 1024;
const dist = new URL('../dist/', import.meta.url);

function readManifest(name, build) {
  try {
    return JSON.parse(readFileSync(new URL(`.vite/${name}`, dist), 'utf8'));
  } catch {
    console.error(`No dist/.vite/${name}: run \`${build}\` (or npm run build) first.`);
    process.exit(2);
  }
}
const manifest = readManifest('manifest.json', 'npx vite build');
const surveyManifest = readManifest('survey-manifest.json', 'npx vite build --mode survey');

const sizes = new Map();
/** Gzip size (level 9, as a server compressing ahead would) of one emitted file. */
function gzipped(file) {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length);
  return sizes.get(file);
}

/** The files a manifest entry needs before it runs: itself and its static imports, transitively. */
function closure(key, files = new Set(), from = manifest) {
  const chunk = from[key];
  if (!chunk) throw new Error(`not in the manifest: ${key}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files, from);
  return files;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
const total = (files) => [...files].reduce((sum, file) => sum + gzipped(file), 0);

function report(title, keys, from = manifest) {
  const files = new Set();
  for (const key of keys) closure(key, files, from);
  console.log(`${title}: ${kb(total(files)).trim()} gzip in ${files.size} files`);
  for (const file of [...files].sort((a, b) => gzipped(b) - gzipped(a))) console.log(`  ${kb(gzipped(file))}  ${file}`);
  return total(files);
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const all = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));

report('Entry chunk (every page)', [entry]);
console.log();
const login = report('/login (entry, log-in page, Dutch core words)', [
  entry,
  'src/pages/login/LoginPage.tsx',
  'virtual:sk-dictionary/nl-core',
]);
console.log();
const surveyEntry = Object.keys(surveyManifest).find((key) => surveyManifest[key].isEntry);
const survey = report('/s, /s/{code}, /s/{code}/done (survey.html: entry with Preact and the Dutch words)', [surveyEntry], surveyManifest);
const surveyCss = surveyManifest[surveyEntry].css ?? [];
console.log(`  CSS: ${kb(total(surveyCss)).trim()} gzip (${surveyCss.join(', ')})`);
for (const chunk of Object.values(surveyManifest)) all.add(chunk.file);
console.log();
console.log(`All JavaScript: ${kb(total(all)).trim()} gzip in ${all.size} files; the largest:`);
for (const file of [...all].sort((a, b) => gzipped(b) - gzipped(a)).slice(0, 8)) console.log(`  ${kb(gzipped(file))}  ${file}`);

let failed = false;
if (login > LOGIN_LIMIT) {
  console.error(`\n/login needs ${kb(login).trim()} of JavaScript (gzip), more than ${kb(LOGIN_LIMIT).trim()}.`);
  failed = true;
}
if (survey > SURVEY_LIMIT) {
  console.error(`\nThe survey page needs ${kb(survey).trim()} of JavaScript (gzip), more than ${kb(SURVEY_LIMIT).trim()}.`);
  failed = true;
}
if (failed) process.exit(1);
