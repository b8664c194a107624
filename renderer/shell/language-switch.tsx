import { LANGUAGES, type Language } from '../../shared/i18n';
import { useT, useWorkbenchState } from '../state/workbench-context';
import { useCommands } from '../commands/use-commands';

/** RU | EN: the UI language, switched by the same command as the menu's. */
export function LanguageSwitch() {
  const t = useT();
  const { perform } = useCommands();
  const language = useWorkbenchState((state) => state.language);
  const choose = (value: Language) => {
    if (value !== language) perform('view.language');
  };
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
