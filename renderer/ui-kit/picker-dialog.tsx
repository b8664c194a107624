import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useModalDialog } from './use-modal-dialog';

export interface PickerItem {
  readonly key: string;
  readonly label: string;
  /** Shown at the right, e.g. a shortcut or a type. */
  readonly hint?: string;
  /** Words it is found by besides its label, for a picker given a `search` that reads them. */
  readonly keywords?: string;
  readonly disabled?: boolean;
  readonly choose: () => void;
}

/** Options shown at once; typing narrows the list further. */
const SHOWN = 200;

/** The items whose label has every typed word in it, case aside. */
function byLabel(items: readonly PickerItem[], query: string): readonly PickerItem[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) =>
    words.every((word) => item.label.toLocaleLowerCase().includes(word)),
  );
}

/**
 * A modal list filtered by what is typed, driven by the keyboard (↑ ↓ Home End PageUp PageDown
 * Enter Esc) as an ARIA combobox: the field keeps the focus and names the active option, which
 * scrolls into view. The command palette and "find a function" are both this dialog.
 */
export function PickerDialog(props: {
  open: boolean;
  title: string;
  placeholder: string;
  emptyText: string;
  items: readonly PickerItem[];
  /** What the typed query finds, in the order shown; by label when absent. */
  search?: (items: readonly PickerItem[], query: string) => readonly PickerItem[];
  onClose: () => void;
  testId: string;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const dialog = useModalDialog(props.open, () => {
    setQuery('');
    setActive(0);
  });

  const search = props.search ?? byLabel;
  const shown = useMemo(
    () => search(props.items, query).slice(0, SHOWN),
    [search, props.items, query],
  );

  // The active option stays in sight as the arrows move through a long list.
  useEffect(() => {
    if (props.open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from listId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, props.open]);

  const choose = (item: PickerItem | undefined) => {
    if (!item || item.disabled) return;
    props.onClose();
    item.choose();
  };
  const count = Math.max(1, shown.length);
  const moves: Readonly<Record<string, (index: number) => number>> = {
    ArrowDown: (index) => (index + 1) % count,
    ArrowUp: (index) => (index - 1 + count) % count,
    PageDown: (index) => Math.min(count - 1, index + 10),
    PageUp: (index) => Math.max(0, index - 10),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setActive(move);
    } else if ((event.key === 'Home' || event.key === 'End') && event.ctrlKey) {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : count - 1);
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
      // Only a close the dialog made itself (Esc) is reported: one made because the app already
      // moved on (a chosen command opened another dialog) must not close that one.
      onClose={() => {
        if (props.open) props.onClose();
      }}
      data-testid={props.testId}
    >
      <input
        className="picker-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(active) : undefined}
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
      <ul className="picker-list" id={listId} role="listbox" aria-label={props.title}>
        {shown.length === 0 && <li className="picker-empty">{props.emptyText}</li>}
        {shown.map((item, index) => (
          <li
            key={item.key}
            id={optionId(index)}
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
