import { memo, useCallback } from 'react';
import { longTextSchema, shortTextSchema } from '../../../shared/model/primitives';
import type { z } from 'zod';
import type { CheckField } from '../../../shared/checks';
import { DraftField } from './draft-field';
import { checkValue } from './validation';

const identity = (text: string) => text;
const noLimit = String;

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  /** The model's schema of the field; defaults to a single line of up to 300 characters. */
  readonly schema?: z.ZodType<string>;
  /** See DraftField: a paragraph (description) or one wrapped line (a process step). */
  readonly multiline?: 'paragraph' | 'wrap';
  readonly placeholder?: string;
  readonly hint?: string;
  readonly inputType?: 'text' | 'month' | 'tel';
  readonly wide?: boolean;
  readonly field?: CheckField;
}

/**
 * Text committed with its surrounding spaces trimmed, checked against the model's schema.
 * Memoised: with a stable `onCommit` it renders only when its own value, label or draft changes.
 */
export const TextField = memo(function TextField(props: TextFieldProps) {
  const schema =
    props.schema ?? (props.multiline === 'paragraph' ? longTextSchema : shortTextSchema);
  const read = useCallback((text: string) => checkValue(schema, text.trim(), noLimit), [schema]);
  return (
    <DraftField
      label={props.label}
      value={props.value}
      format={identity}
      read={read}
      onCommit={props.onCommit}
      multiline={props.multiline}
      placeholder={props.placeholder}
      hint={props.hint}
      inputType={props.inputType}
      wide={props.wide}
      field={props.field}
    />
  );
});
