import type { z } from 'zod';
import { jsonPath, type FileError } from './json-path';

/** Zod issues as file errors: a JSON path and zod's message. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FileError[] {
  return issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}
