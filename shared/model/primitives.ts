import { z } from 'zod';
import { FORBIDDEN_KEYS, ID_MAX_LENGTH, ID_PATTERN } from './ids';

/** An element id (see isId, the same rule without the schema), with a message per refusal. */
export const idSchema = z
  .string()
  .min(1)
  .max(ID_MAX_LENGTH)
  .regex(ID_PATTERN, 'an id has letters, digits, "_" and "-" only')
  .refine((id) => !FORBIDDEN_KEYS.has(id), 'this id is reserved');

/** Upper bound of any money field (minor units): keeps every sum and product far from 2^53. */
export const MAX_MONEY_MINOR = 1_000_000_000_000;

/** Money in minor units (kopecks, cents): a non-negative whole number. */
export const moneyMinorSchema = z.int().min(0).max(MAX_MONEY_MINOR);

/**
 * Upper bound of a cost per FTE (minor units): with at most 10 000 FTE in a role, a role's
 * cost (FTE × cost per FTE ≤ 10^15) stays below 2^53, where every whole number is exact.
 */
export const MAX_COST_PER_FTE_MINOR = 100_000_000_000;

export const costPerFteMinorSchema = z.int().min(0).max(MAX_COST_PER_FTE_MINOR);

/** A percentage stored as a percent number: 25 means 25 %. */
export const percentSchema = z.number().min(0).max(100);

/** Single-line text typed by the user; may be empty while a design is in progress. */
export const shortTextSchema = z.string().max(300);
export const longTextSchema = z.string().max(5000);

/** ISO 4217 code, e.g. RUB, USD, EUR. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as RUB');

/** A timestamp in ISO 8601, e.g. 2026-11-26T10:00:00.000Z. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A calendar month, e.g. 2027-01. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
