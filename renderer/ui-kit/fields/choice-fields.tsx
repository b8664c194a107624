import { memo, useId, type ReactElement } from 'react';
import type { CheckField } from '../../../shared/checks';

export interface Option<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface SelectFieldBase<V extends string> {
  readonly label: string;
  readonly value: V | undefined;
  readonly options: readonly Option<V>[];
  readonly wide?: boolean;
  /** The model field it edits, where a design check can send the user (data-field). */
  readonly field?: CheckField;
}

/** A change of a select is one committed edit. */
export type SelectFieldProps<V extends string> = SelectFieldBase<V> &
  (
    | {
        /** An extra first option that stands for "none" (undefined). */
        readonly noneLabel: string;
        readonly onChange: (value: V | undefined) => void;
      }
    | {
        /**
         * Without a "none" option the field always holds a value: the blank entry it shows for
         * a value it does not know is not a choice, and choosing it changes nothing.
         */
        readonly noneLabel?: undefined;
        readonly onChange: (value: V) => void;
      }
  );

/**
 * Memoised, as CheckboxField: with stable `options` and `onChange` it renders only when its own
 * value or label changes.
 */
export const SelectField = memo(function SelectField<V extends string>(props: SelectFieldProps<V>) {
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
          if (chosen) props.onChange(chosen.value);
          else if (props.noneLabel !== undefined) props.onChange(undefined);
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
}) as <V extends string>(props: SelectFieldProps<V>) => ReactElement;

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly field?: CheckField;
}

export const CheckboxField = memo(function CheckboxField(props: CheckboxFieldProps) {
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
});
