import { LANGUAGES, type Language } from '../../shared/i18n';
import { useT, useWorkbenchState } from '../state/workbench-context';
import { useCommands } from '../commands/use-commands';

/** The UI language and how to choose one: by the same command as the menu's. */
export function useLanguageChoice() {
  const { perform } = useCommands();
  const language = useWorkbenchState((state) => state.language);
  const choose = (value: Language) => {
    if (value !== language) perform('view.language');
  };
  return { language, choose };
}

/** RU | EN: the UI language. */
export function LanguageSwitch() {
  const t = useT();
  const { language, choose } = useLanguageChoice();
  return (
    <div className="language-switch" role="group" aria-label={t('toolbar.language')}>
      {LANGUAGES.map((value) => (
        <button
          key={value}
          type="button"
          lang={value}
          aria-pressed={value === language}
          className="language-option"
          title={t(`language.${value}`)}
          onClick={() => choose(value)}
        >
          {value.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
