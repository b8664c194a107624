import type { CheckField } from '../../shared/checks';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT, useWorkbenchState } from '../state/workbench-context';

export interface ListEditorProps<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  /** Names the item in button labels ("Move “Answer the call” up"). */
  readonly nameOf: (item: T, index: number) => string;
  readonly renderItem: (item: T, index: number) => ReactNode;
  /** Receives a fresh id for the new item, so the editor can focus it once it appears. */
  readonly onAdd?: (id: string) => void;
  /** Without it the list has no remove buttons (its items come from elsewhere). */
  readonly onRemove?: (key: string) => void;
  /** Without it the list has no up/down buttons (its order does not matter). */
  readonly onMove?: (key: string, toIndex: number) => void;
  /** Needed with `onAdd`. */
  readonly addLabel?: string;
  readonly emptyText: string;
  /** What to do about an empty list; left out in a read-only tab, where nothing can be added. */
  readonly emptyHint?: string;
  /** Element ids are `${idPrefix}-${key}`, so a design check can point at a row. */
  readonly idPrefix: string;
  /** Numbered rows for ordered lists (process steps). */
  readonly numbered?: boolean;
  /** Something to add other than a button, e.g. a person picker; replaces the add button. */
  readonly adder?: ReactNode;
  /** The list's model field; a design check about it (e.g. "no steps") leads to the add button. */
  readonly field?: CheckField;
}

type FocusRequest = { readonly key: string; readonly target: 'first-input' | 'up' | 'down' };

/**
 * One editor for every list of a function — steps, roles, lines, tools, KPIs, people. Each
 * add, remove and move is one undo step. Focus follows the edited row so the list can be
 * worked with the keyboard alone.
 */
export function ListEditor<T>(props: ListEditorProps<T>) {
  const t = useT();
  const readOnly = useWorkbenchState((state) => state.openElsewhere);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focus = useRef<FocusRequest>(undefined);
  const count = props.items.length;

  // Runs after the render that shows the edited list (the edit changes `items`).
  useEffect(() => {
    const request = focus.current;
    if (!request || !list.current) return;
    focus.current = undefined;
    const row = list.current.querySelector(`[data-key="${CSS.escape(request.key)}"]`);
    const selector =
      request.target === 'first-input'
        ? 'input, textarea, select'
        : `[data-action="${request.target}"]`;
    const element = row?.querySelector<HTMLElement>(selector);
    // A move button disabled at the end of the list hands focus to its twin.
    const fallback = row?.querySelector<HTMLElement>('[data-action]:not(:disabled)');
    (element && !element.matches(':disabled') ? element : fallback)?.focus();
  }, [props.items]);

  const add = () => {
    const id = crypto.randomUUID();
    focus.current = { key: id, target: 'first-input' };
    props.onAdd?.(id);
  };
  const remove = (key: string, index: number) => {
    const neighbour = props.items[index + 1] ?? props.items[index - 1];
    if (neighbour !== undefined)
      focus.current = { key: props.keyOf(neighbour), target: 'first-input' };
    props.onRemove?.(key);
    if (neighbour === undefined) addButton.current?.focus();
  };
  const move = (key: string, toIndex: number, target: 'up' | 'down') => {
    focus.current = { key, target };
    props.onMove?.(key, toIndex);
  };

  return (
    <div className="in-list-editor">
      {count === 0 ? (
        <p className="in-list-empty">
          {props.emptyHint && !readOnly ? `${props.emptyText} ${props.emptyHint}` : props.emptyText}
        </p>
      ) : (
        <ol className={`in-list-items${props.numbered ? ' in-list-numbered' : ''}`} ref={list}>
          {props.items.map((item, index) => {
            const key = props.keyOf(item);
            const name = props.nameOf(item, index);
            const actions = (
              <div className="in-list-item-actions">
                {props.onMove && (
                  <>
                    <IconButton
                      action="up"
                      label={t('inspector.list.moveUp', { name })}
                      disabled={index === 0}
                      onClick={() => move(key, index - 1, 'up')}
                      icon={<ArrowUp size={15} aria-hidden />}
                    />
                    <IconButton
                      action="down"
                      label={t('inspector.list.moveDown', { name })}
                      disabled={index === count - 1}
                      onClick={() => move(key, index + 1, 'down')}
                      icon={<ArrowDown size={15} aria-hidden />}
                    />
                  </>
                )}
                {props.onRemove && (
                  <IconButton
                    action="remove"
                    label={t('inspector.list.remove', { name })}
                    onClick={() => remove(key, index)}
                    icon={<Trash2 size={15} aria-hidden />}
                  />
                )}
              </div>
            );
            const body = <div className="in-list-item-body">{props.renderItem(item, index)}</div>;
            return (
              <li
                key={key}
                className="in-list-item"
                data-key={key}
                id={`${props.idPrefix}-${key}`}
                tabIndex={-1}
              >
                {props.numbered ? (
                  // A step is one line: its number, its text, its buttons.
                  <>
                    <span className="in-list-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    {body}
                    {actions}
                  </>
                ) : (
                  // A richer item is a card: its name and buttons on top, its fields below.
                  <>
                    <div className="in-list-item-head">
                      <span className="in-list-item-name">{name}</span>
                      {actions}
                    </div>
                    {body}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {props.adder ??
        (props.onAdd && (
          <button
            type="button"
            className="in-list-add"
            ref={addButton}
            onClick={add}
            data-field={props.field}
          >
            <Plus size={15} aria-hidden />
            {props.addLabel}
          </button>
        ))}
    </div>
  );
}

function IconButton(props: {
  readonly action: string;
  readonly label: string;
  readonly icon: ReactNode;
  readonly disabled?: boolean;
  readonly onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="in-icon-button"
      data-action={props.action}
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.icon}
    </button>
  );
}
