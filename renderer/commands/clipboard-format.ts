import { z } from 'zod';
import { linkSchema, personSchema, salesFunctionSchema, type Fragment } from '../../shared/model';
import { CLIPBOARD_KIND } from './clipboard';

const clipboardSchema = z.object({
  kind: z.literal(CLIPBOARD_KIND),
  fragment: z.object({
    functions: z.array(salesFunctionSchema).max(5_000),
    links: z.array(linkSchema).max(20_000),
    people: z.array(personSchema).max(5_000),
  }),
});

/**
 * Validates pasted JSON as a fragment of ours (the schema, loaded with the first paste: the
 * editor's first screen does without it); undefined for anything else.
 */
export function fragmentFromJson(json: unknown): Fragment | undefined {
  const parsed = clipboardSchema.safeParse(json);
  return parsed.success ? parsed.data.fragment : undefined;
}
