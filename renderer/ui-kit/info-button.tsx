import { memo } from 'react';
import { CircleHelp } from 'lucide-react';
import { useEditor, useT } from '../state/workbench-context';
import type { GlossaryTerm } from '../state/glossary';
import './info-button.css';

/**
 * A small "?" beside a figure or field that uses a term of the method: its tooltip says what
 * the term means, a click (or Enter) opens the glossary at it.
 */
export const InfoButton = memo(function InfoButton(props: { readonly term: GlossaryTerm }) {
  const t = useT();
  const editor = useEditor();
  return (
    <button
      type="button"
      className="info-button"
      aria-label={t('glossary.info', { term: t(`glossary.term.${props.term}`) })}
      title={t(`glossary.text.${props.term}`)}
      onClick={() => editor.openGlossary(props.term)}
    >
      <CircleHelp size={14} aria-hidden="true" />
    </button>
  );
});
