import type { Project } from '../model/schema';
import { check, type DesignCheck } from './types';

/**
 * A phone number reduced to its digits, so "+7 (495) 000-12-34" and "84950001234" match: a
 * Russian trunk prefix 8 on an 11-digit number is read as the country code 7.
 */
export function normalizePhone(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('8') ? `7${digits.slice(1)}` : digits;
}

/**
 * A dedicated line must not appear in another function (the finding names the others); no
 * number twice in one function.
 */
export function lineRules(project: Project): DesignCheck[] {
  const users = new Map<string, Set<string>>();
  for (const fn of project.functions) {
    for (const line of fn.lines) {
      const number = normalizePhone(line.number);
      if (number === '') continue;
      const set = users.get(number) ?? new Set<string>();
      set.add(fn.id);
      users.set(number, set);
    }
  }
  const names = new Map(project.functions.map((fn) => [fn.id, fn.name]));
  const found: DesignCheck[] = [];
  for (const fn of project.functions) {
    const seen = new Set<string>();
    for (const line of fn.lines) {
      const number = normalizePhone(line.number);
      if (number === '') continue;
      const target = { kind: 'line', id: line.id, functionId: fn.id } as const;
      const params = { function: fn.name, number: line.number };
      if (seen.has(number)) found.push(check('line.duplicate-number', target, params));
      seen.add(number);
      const others = [...(users.get(number) ?? [])].filter((id) => id !== fn.id);
      if (line.dedicated && others.length > 0) {
        found.push(
          check('line.dedicated-shared', target, {
            ...params,
            functions: others.map((id) => names.get(id) ?? ''),
          }),
        );
      }
    }
  }
  return found;
}
