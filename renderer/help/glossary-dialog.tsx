import { useEffect } from 'react';
import { useStore } from 'zustand';
import { GLOSSARY_TERMS } from '../state/glossary';
import { useEditor, useT } from '../state/workbench-context';
import { HelpDialog } from './help-dialog';

/** Help › Glossary: the method's terms; opened from an info button, it shows that term first. */
export function GlossaryDialog(props: { readonly open: boolean; readonly onClose: () => void }) {
  const t = useT();
  const term = useStore(useEditor().view, (state) => state.glossaryTerm);
  useEffect(() => {
    if (!props.open || !term) return;
    document.getElementById(`glossary-${term}`)?.scrollIntoView({ block: 'nearest' });
  }, [props.open, term]);
  return (
    <HelpDialog
      open={props.open}
      onClose={props.onClose}
      title={t('glossary.title')}
      testId="glossary-dialog"
    >
      <p className="help-intro">{t('glossary.intro')}</p>
      <dl className="glossary">
        {GLOSSARY_TERMS.map((id) => (
          <div
            key={id}
            id={`glossary-${id}`}
            className={`glossary-entry${id === term ? ' glossary-current' : ''}`}
          >
            <dt>{t(`glossary.term.${id}`)}</dt>
            <dd>{t(`glossary.text.${id}`)}</dd>
          </div>
        ))}
      </dl>
    </HelpDialog>
  );
}
