// Vitest set-up: both dictionaries are there from the start, as if already fetched, so `translate`
// and the I18nProvider work synchronously in unit and page tests (the app loads them on demand).

import { provideDictionary } from '../i18n';
import type { Messages } from '../i18n';
import nl from '../i18n/nl.json';
import en from '../i18n/en.json';

provideDictionary('nl', nl);
provideDictionary('en', en as Messages);
