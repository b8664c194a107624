import { useId } from 'react';
import type { CheckField } from '../../../shared/checks';

export interface Option<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V | undefined;
  readonly options: readonly Option<V>[];
  /** When given, an extra first option that stands for "none" (undefined). */
  readonly noneLabel?: string;
  /** A change of a select is one committed edit. */
  readonly onChange: (value: V | undefined) => void;
  readonly wide?: boolean;
  /** The model field it edits, where a design check can send the user (data-field). */
  readonly field?: CheckField;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const id = useId();
  const known = props.options.some((option) => option.value === props.value);
  return (
    <div className={`in-field${props.wide ? ' in-span-2' : ''}`}>
      <label className="in-field-label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        className="in-field-input"
        data-field={props.field}
        value={known ? props.value : ''}
        onChange={(event) => {
          const chosen = props.options.find((option) => option.value === event.target.value);
          props.onChange(chosen?.value);
        }}
      >
        {(props.noneLabel !== undefined || !known) && (
          <option value="">{props.noneLabel ?? ''}</option>
        )}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly field?: CheckField;
}

export function CheckboxField(props: CheckboxFieldProps) {
  return (
    <label className="in-field-check">
      <input
        type="checkbox"
        data-field={props.field}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
