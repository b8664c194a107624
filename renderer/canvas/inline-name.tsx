import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../state/workbench-context';
import { focusWhenReady } from './card-focus';

/**
 * A name edited in place on the canvas: a card's title, a department's frame. Enter commits,
 * Escape cancels (both hand the keyboard focus back to the card or frame, so its keys go on
 * working), leaving the field commits. An empty name is never saved: Enter keeps the field
 * open with a message saying so, and leaving the field puts the old name back.
 */
export function InlineNameInput(props: {
  /** The name shown before editing; the field starts with it. */
  readonly value: string;
  readonly label: string;
  /** Placement and type size of the field where the name was shown. */
  readonly className: string;
  /** Called once, with a trimmed name that is neither empty nor unchanged. */
  readonly onCommit: (name: string) => void;
  readonly onClose: () => void;
}) {
  const t = useT();
  const messageId = useId();
  const input = useRef<HTMLInputElement>(null);
  // Set by the first Enter, Escape or blur: the blur that follows a key must not close it twice.
  const closed = useRef(false);
  const [draft, setDraft] = useState(props.value);
  const [refused, setRefused] = useState(false);
  // A rename starts with the whole name selected, so what is typed replaces it (as F2 does in a
  // file manager); a later focus (back from another window) leaves the caret where it was.
  const selected = useRef(false);
  const selectOnFirstFocus = (event: FocusEvent<HTMLInputElement>) => {
    if (selected.current) return;
    selected.current = true;
    event.currentTarget.select();
  };

  useEffect(() => focusWhenReady(() => input.current), []);

  const finish = (how: 'enter' | 'escape' | 'blur') => {
    if (closed.current) return;
    const name = draft.trim();
    if (how === 'enter' && name === '') {
      setRefused(true);
      return;
    }
    closed.current = true;
    if (how !== 'escape' && name !== '' && name !== props.value) props.onCommit(name);
    const owner = input.current?.closest<HTMLElement>('.react-flow__node');
    props.onClose();
    if (how !== 'blur' && owner) focusWhenReady(() => owner);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish('enter');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish('escape');
    }
  };

  return (
    <div className={`inline-name ${props.className}`}>
      <input
        ref={input}
        // nodrag: a press in the field places the caret instead of dragging the card.
        className="inline-name-input nodrag"
        aria-label={props.label}
        aria-invalid={refused}
        aria-describedby={refused ? messageId : undefined}
        value={draft}
        maxLength={300}
        autoComplete="off"
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim() !== '') setRefused(false);
        }}
        onKeyDown={onKeyDown}
        onFocus={selectOnFirstFocus}
        onBlur={() => finish('blur')}
      />
      {refused && (
        <p className="inline-name-message" id={messageId} role="alert">
          {t('canvas.rename.required', { name: props.value })}
        </p>
      )}
    </div>
  );
}
