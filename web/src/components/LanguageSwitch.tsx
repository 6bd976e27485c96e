import { LANGUAGES, useI18n } from '../i18n';
import { useSession } from '../session';
import type { Language } from '../api';

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/** Two toggle buttons, each named in its own language. */
export function LanguageSwitch() {
  const { language, chooseLanguage, t } = useI18n();
  const { saveLanguage } = useSession();

  const choose = (next: Language) => {
    if (next === language) return;
    chooseLanguage(next);
    saveLanguage(next).catch(() => undefined);
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
