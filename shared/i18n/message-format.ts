import { pluralRule } from './format';
import type { Language } from './language';

/**
 * The subset of ICU MessageFormat the catalogs use: `{name}` and
 * `{name, plural, one {# function} few {# функции} many {# функций} other {# функции}}`
 * (categories of Intl.PluralRules, or `=0`-style exact values; `#` is the value as given).
 * Templates are parsed once.
 */
type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: string; readonly source: string }
  | {
      readonly kind: 'plural';
      readonly name: string;
      readonly source: string;
      readonly branches: ReadonlyMap<string, readonly Part[]>;
    };

export type Params = Readonly<Record<string, string | number>>;

const parsed = new Map<string, readonly Part[]>();

function partsOf(template: string): readonly Part[] {
  let parts = parsed.get(template);
  if (!parts) {
    parts = parse(template);
    parsed.set(template, parts);
  }
  return parts;
}

/** Index of the brace closing the one at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural\s*,/;
const BRANCH = /^\s*(=\d+|\w+)\s*\{/;

function parse(template: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const end = template[i] === '{' ? closing(template, i) : -1;
    if (end < 0) {
      text += template[i];
      i += 1;
      continue;
    }
    const source = template.slice(i, end + 1);
    const part = parsePlaceholder(source);
    if (part) {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push(part);
    } else {
      text += source;
    }
    i = end + 1;
  }
  if (text) parts.push({ kind: 'text', text });
  return parts;
}

function parsePlaceholder(source: string): Part | undefined {
  const inner = source.slice(1, -1);
  if (/^\w+$/.test(inner)) return { kind: 'value', name: inner, source };
  const head = PLURAL_HEAD.exec(inner);
  if (!head?.[1]) return undefined;
  const branches = new Map<string, readonly Part[]>();
  let rest = inner.slice(head[0].length);
  for (let match = BRANCH.exec(rest); match?.[1]; match = BRANCH.exec(rest)) {
    const open = match[0].length - 1;
    const end = closing(rest, open);
    if (end < 0) return undefined;
    branches.set(match[1], parse(rest.slice(open + 1, end)));
    rest = rest.slice(end + 1);
  }
  return rest.trim() === '' && branches.has('other')
    ? { kind: 'plural', name: head[1], source, branches }
    : undefined;
}

/** A value given either as a number or as a number already formatted for the language. */
function numeric(value: string | number, language: Language): number {
  if (typeof value === 'number') return value;
  const plain = value.replace(/[\s\u00a0\u202f]/g, '');
  return Number(language === 'ru' ? plain.replace(',', '.') : plain.replace(/,/g, ''));
}

/**
 * The template with its placeholders filled in. A missing value leaves its placeholder visible,
 * so that the omission is noticed, never rendered as "undefined".
 */
export function formatMessage(language: Language, template: string, params: Params): string {
  return fill(partsOf(template), language, params, undefined);
}

function fill(
  parts: readonly Part[],
  language: Language,
  params: Params,
  hash: string | undefined,
): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += hash === undefined ? part.text : part.text.replaceAll('#', hash);
      continue;
    }
    const value = params[part.name];
    if (value === undefined) {
      out += part.source;
    } else if (part.kind === 'value') {
      out += String(value);
    } else {
      const n = numeric(value, language);
      const branch =
        part.branches.get(`=${n}`) ??
        (Number.isFinite(n) ? part.branches.get(pluralRule(language).select(n)) : undefined) ??
        part.branches.get('other') ??
        [];
      out += fill(branch, language, params, String(value));
    }
  }
  return out;
}

/** Names of the values a template uses, once each, sorted; lets a test compare RU and EN. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  const collect = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind === 'text') continue;
      names.add(part.name);
      if (part.kind === 'plural') for (const branch of part.branches.values()) collect(branch);
    }
  };
  collect(partsOf(template));
  return [...names].sort();
}

/** The plural forms of every {…, plural, …} in a template: name → categories given. */
export function pluralForms(template: string): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  const collect = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind !== 'plural') continue;
      forms.set(part.name, [...part.branches.keys()]);
      for (const branch of part.branches.values()) collect(branch);
    }
  };
  collect(partsOf(template));
  return forms;
}
