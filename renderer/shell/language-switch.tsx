import { LANGUAGES, type Language } from '../../shared/i18n';
import { useT, useWorkbenchState } from '../app/workbench-context';
import { performCommand, type CommandContext } from '../commands/registry';

/** RU | EN: the UI language, switched by the same command as the menu's. */
export function LanguageSwitch(props: { context: CommandContext }) {
  const t = useT();
  const language = useWorkbenchState((state) => state.language);
  const choose = (value: Language) => {
    if (value !== language) performCommand('view.language', props.context);
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
