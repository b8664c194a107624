import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';

export interface PickerItem {
  readonly key: string;
  readonly label: string;
  /** Shown at the right, e.g. a shortcut or a type. */
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly choose: () => void;
}

/**
 * A modal list filtered by what is typed, driven by the keyboard (↑ ↓ Enter Esc): the command
 * palette and "find a function" are both this dialog with different items.
 */
export function PickerDialog(props: {
  open: boolean;
  title: string;
  placeholder: string;
  emptyText: string;
  items: readonly PickerItem[];
  onClose: () => void;
  testId: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  // A layout effect: the emptied query is drawn before the browser handles another key, so keys
  // typed straight after the one that opened the dialog are not added to the last query.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      setQuery('');
      setActive(0);
      element.showModal();
    }
    if (!props.open && element.open) element.close();
  }, [props.open]);

  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return props.items.filter((item) =>
      words.every((word) => item.label.toLocaleLowerCase().includes(word)),
    );
  }, [props.items, query]);

  const choose = (item: PickerItem | undefined) => {
    if (!item || item.disabled) return;
    props.onClose();
    item.choose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + shown.length) % Math.max(1, shown.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(shown[active]);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog picker"
      aria-label={props.title}
      onClose={props.onClose}
      data-testid={props.testId}
    >
      <input
        className="picker-input"
        aria-label={props.title}
        placeholder={props.placeholder}
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="picker-list" role="listbox" aria-label={props.title}>
        {shown.length === 0 && <li className="picker-empty">{props.emptyText}</li>}
        {shown.slice(0, 200).map((item, index) => (
          <li
            key={item.key}
            role="option"
            aria-selected={index === active}
            aria-disabled={item.disabled}
            className={`picker-item${index === active ? ' active' : ''}`}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(item);
            }}
          >
            <span>{item.label}</span>
            {item.hint && <kbd>{item.hint}</kbd>}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
