import { useSession } from '../session';
import { LanguageButtons } from './LanguageButtons';

/** The language buttons of the app's frame: a signed-in user's choice is saved to the account too. */
export function LanguageSwitch() {
  const { saveLanguage } = useSession();
  return <LanguageButtons onChosen={(next) => saveLanguage(next).catch(() => undefined)} />;
}
