import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../../state/workbench-context';
import type { CheckField } from '../../../shared/checks';
import type { FieldResult } from './validation';
import type { GlossaryTerm } from '../../state/glossary';
import { InfoButton } from '../info-button';

export interface DraftFieldProps<V> {
  readonly label: string;
  /** The stored value; shown whenever the user is not typing. */
  readonly value: V;
  readonly format: (value: V) => string;
  /** Reads and validates the typed text; runs on every keystroke for the inline message. */
  readonly read: (text: string) => FieldResult<V>;
  /** Called once per committed edit (blur, Enter), only with a valid and changed value. */
  readonly onCommit: (value: V) => void;
  readonly equals?: (a: V, b: V) => boolean;
  /** Shown after the input: "min", "%", "₽/mo"… */
  readonly unit?: string;
  readonly numeric?: boolean;
  /**
   * 'paragraph': a textarea where Enter starts a new line (Ctrl+Enter commits); 'wrap': one
   * line of text shown wrapped in full, where Enter commits.
   */
  readonly multiline?: 'paragraph' | 'wrap';
  readonly inputType?: 'text' | 'month' | 'tel';
  readonly placeholder?: string;
  readonly hint?: string;
  readonly maxLength?: number;
  /** Takes the full width of a two-column field grid. */
  readonly wide?: boolean;
  /** The model field it edits, where a design check can send the user (data-field). */
  readonly field?: CheckField;
  /** A term of the method the field is about: an info button beside the label explains it. */
  readonly term?: GlossaryTerm;
}

/**
 * One input with a local draft. Typing changes only the draft (and re-renders only this field);
 * leaving the field or pressing Enter commits it as one undo step. Invalid text stays in the
 * field with its message until it is corrected or Escape puts the stored value back — it is
 * never saved and never silently dropped.
 */
export function DraftField<V>(props: DraftFieldProps<V>) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const result = draft === undefined ? undefined : props.read(draft);
  const message = result !== undefined && !result.ok ? result.message : undefined;
  const equals = props.equals ?? Object.is;

  const commit = () => {
    if (result === undefined || !result.ok) return;
    setDraft(undefined);
    if (!equals(result.value, props.value)) props.onCommit(result.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const submits =
      event.key === 'Enter' && (props.multiline !== 'paragraph' || event.ctrlKey || event.metaKey);
    if (submits) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== undefined) {
      // Only swallow Escape when there is something to revert; otherwise it may close a panel.
      event.stopPropagation();
      setDraft(undefined);
    }
  };

  const describedBy = [
    props.unit && `${id}-unit`,
    message && `${id}-error`,
    props.hint && `${id}-hint`,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value: draft ?? props.format(props.value),
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    'aria-invalid': message !== undefined,
    'aria-describedby': describedBy || undefined,
    className: `in-field-input${props.numeric ? ' in-field-input-number' : ''}`,
    'data-field': props.field,
  };

  return (
    <div
      className={`in-field${message ? ' in-field-invalid' : ''}${props.wide ? ' in-span-2' : ''}`}
    >
      {props.term ? (
        <div className="in-field-label-row">
          <label className="in-field-label" htmlFor={id}>
            {props.label}
          </label>
          <InfoButton term={props.term} />
        </div>
      ) : (
        <label className="in-field-label" htmlFor={id}>
          {props.label}
        </label>
      )}
      <div className="in-field-control">
        {props.multiline ? (
          <textarea {...common} rows={props.multiline === 'wrap' ? 1 : 3} />
        ) : (
          <input
            {...common}
            type={props.inputType ?? 'text'}
            inputMode={props.numeric ? 'decimal' : undefined}
            autoComplete="off"
          />
        )}
        {props.unit && (
          <span className="in-field-unit" id={`${id}-unit`}>
            {props.unit}
          </span>
        )}
      </div>
      {props.hint && !message && (
        <p className="in-field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {message && (
        <p className="in-field-error" id={`${id}-error`} role="alert" ref={revealOnMount}>
          {t(message.key, message.params)}
        </p>
      )}
    </div>
  );
}

/**
 * A message that appears under a field near the bottom of a scrolled panel would be out of view:
 * the panel scrolls just enough to show it (once, when it appears; the field being typed in keeps
 * the focus).
 */
function revealOnMount(message: HTMLElement | null): void {
  message?.scrollIntoView({ block: 'nearest' });
}
