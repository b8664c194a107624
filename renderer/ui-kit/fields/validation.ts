import type { z } from 'zod';
import type { MessageParams } from '../../../shared/i18n';
import type { InspectorKey } from '../../../shared/i18n/inspector.en';
import type { Typed } from '../../../shared/i18n/parse-number';

/** A validation message for a field, translated when shown so it follows the UI language. */
export interface FieldMessage {
  readonly key: InspectorKey;
  readonly params?: MessageParams;
}

export type FieldResult<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly message: FieldMessage };

/** How a limit from the schema is written in a message (a number, or money in major units). */
export type DescribeLimit = (limit: number) => string;

/**
 * Checks a value against the model's own schema for the field, so the inspector refuses exactly
 * what the file format refuses, and says why in the user's words.
 */
export function checkValue<V>(
  schema: z.ZodType<V>,
  value: unknown,
  describe: DescribeLimit,
): FieldResult<V> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: messageFor(result.error.issues[0], describe) };
}

function messageFor(issue: z.core.$ZodIssue | undefined, describe: DescribeLimit): FieldMessage {
  switch (issue?.code) {
    case 'invalid_type':
      return {
        key: issue.expected === 'int' ? 'inspector.error.wholeNumber' : 'inspector.error.required',
      };
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') {
        return limit <= 1
          ? { key: 'inspector.error.required' }
          : { key: 'inspector.error.minLength', params: { min: limit } };
      }
      return {
        key: issue.inclusive ? 'inspector.error.min' : 'inspector.error.above',
        params: { min: describe(limit) },
      };
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') {
        return { key: 'inspector.error.maxLength', params: { max: limit } };
      }
      return {
        key: issue.inclusive ? 'inspector.error.max' : 'inspector.error.below',
        params: { max: describe(limit) },
      };
    }
    case 'not_multiple_of':
      return {
        key: 'inspector.error.multipleOf',
        params: { step: describe(Number(issue.divisor)) },
      };
    case 'invalid_format':
      return { key: 'inspector.error.format' };
    default:
      return { key: 'inspector.error.invalid' };
  }
}

/** Typed text → a checked value: empty is `undefined` (the schema decides if that is allowed). */
export function readTyped<V>(
  typed: Typed<{ readonly kind: 'number'; readonly value: number }>,
  schema: z.ZodType<V>,
  describe: DescribeLimit,
): FieldResult<V> {
  if (typed.kind === 'invalid')
    return { ok: false, message: { key: 'inspector.error.notANumber' } };
  return checkValue(schema, typed.kind === 'empty' ? undefined : typed.value, describe);
}
