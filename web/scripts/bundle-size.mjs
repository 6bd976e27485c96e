#!/usr/bin/env node
// Prints the gzip size of the JavaScript a page needs, from the manifest Vite writes at build time
// (dist/.vite/manifest.json, build.manifest in vite.config.ts). Run `npm run size` after a build.
//
// For the log-in page that is the entry chunk with everything it imports, the log-in page's chunk
// with its imports, and the active language's core words (Dutch, the default). The limit of issue 19
// is 100 KB gzip; the script exits with 1 above it.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LOGIN_LIMIT = 100 * 1024;
const dist = new URL('../dist/', import.meta.url);
let manifest;
try {
  manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
} catch {
  console.error('No dist/.vite/manifest.json: run `npx vite build` first.');
  process.exit(2);
}

const sizes = new Map();
/** Gzip size (level 9, as a server compressing ahead would) of one emitted file. */
function gzipped(file) {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length);
  return sizes.get(file);
}

/** The files a manifest entry needs before it runs: itself and its static imports, transitively. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`not in the manifest: ${key}`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
const total = (files) => [...files].reduce((sum, file) => sum + gzipped(file), 0);

function report(title, keys) {
  const files = new Set();
  for (const key of keys) closure(key, files);
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
console.log(`All JavaScript: ${kb(total(all)).trim()} gzip in ${all.size} files; the largest:`);
for (const file of [...all].sort((a, b) => gzipped(b) - gzipped(a)).slice(0, 8)) console.log(`  ${kb(gzipped(file))}  ${file}`);

if (login > LOGIN_LIMIT) {
  console.error(`\n/login needs ${kb(login).trim()} of JavaScript (gzip), more than ${kb(LOGIN_LIMIT).trim()}.`);
  process.exit(1);
}
