import { LANGUAGES, useI18n } from '../i18n';
import type { Language } from '../api/types';

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/**
 * Two toggle buttons, each named in its own language. `onChosen` follows a change (the app's frame
 * saves it to the account; the public survey page has none).
 */
export function LanguageButtons({ onChosen }: { onChosen?: (language: Language) => void }) {
  const { language, chooseLanguage, t } = useI18n();

  const choose = (next: Language) => {
    if (next === language) return;
    chooseLanguage(next);
    onChosen?.(next);
  };

  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === language}
          className="language-switch__button"
          onClick={() => choose(lang)}
        >
          {NAMES[lang]}
        </button>
      ))}
    </div>
  );
}
