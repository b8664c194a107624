import { memo, useCallback, useMemo, type ReactElement } from 'react';
import type { CheckField } from '../../../shared/checks';
import type { z } from 'zod';
import { useWorkbenchState } from '../../state/workbench-context';
import type { GlossaryTerm } from '../../state/glossary';
import { DraftField } from './draft-field';
import { moneyCodec, plainCodec, type NumberCodec } from './number-codec';
import { readTyped } from './validation';

/** `V` is `number` for a required field and `number | undefined` for an optional one. */
export interface NumberFieldProps<V extends number | undefined> {
  readonly label: string;
  readonly value: V;
  /** The model's schema of the field: the single source of its limits. */
  readonly schema: z.ZodType<V>;
  readonly onCommit: (value: V) => void;
  readonly unit?: string;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly wide?: boolean;
  readonly field?: CheckField;
  readonly term?: GlossaryTerm;
}

function CodecField<V extends number | undefined>(
  props: NumberFieldProps<V> & { readonly codec: NumberCodec },
) {
  const { codec, schema } = props;
  const read = useCallback(
    (text: string) => readTyped(codec.parse(text), schema, codec.describe),
    [codec, schema],
  );
  return (
    <DraftField
      label={props.label}
      value={props.value}
      format={codec.format}
      read={read}
      onCommit={props.onCommit}
      unit={props.unit}
      hint={props.hint}
      placeholder={props.placeholder}
      wide={props.wide}
      field={props.field}
      term={props.term}
      numeric
    />
  );
}

/**
 * A number typed in the UI language's habits ("1,5" or "1.5"), right-aligned with its unit.
 * Memoised, as MoneyField: with a stable `onCommit` it renders only when its own value, label,
 * draft or the language changes.
 */
export const NumberField = memo(function NumberField<V extends number | undefined>(
  props: NumberFieldProps<V>,
) {
  const language = useWorkbenchState((state) => state.language);
  const codec = useMemo(() => plainCodec(language), [language]);
  return <CodecField {...props} codec={codec} />;
}) as <V extends number | undefined>(props: NumberFieldProps<V>) => ReactElement;

/** Money typed in major units of the project currency; stored in minor units. */
export const MoneyField = memo(function MoneyField<V extends number | undefined>(
  props: NumberFieldProps<V>,
) {
  const language = useWorkbenchState((state) => state.language);
  const currency = useWorkbenchState((state) => state.project.currency);
  const codec = useMemo(() => moneyCodec(language, currency), [language, currency]);
  return <CodecField {...props} codec={codec} />;
}) as <V extends number | undefined>(props: NumberFieldProps<V>) => ReactElement;
