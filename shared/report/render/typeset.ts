import hyphenEn from 'hyphen/en-us';
import hyphenRu from 'hyphen/ru';

const NBSP = '\u00a0';

/**
 * Non-breaking spaces where a line must not break: after a number or a comparison sign, so a
 * figure stays with its unit or noun ("9,5 ст.", "≥ 30", "12 months"), and before a percent or
 * currency sign and a dash ("25 %", "1 200 ₽", "word — word").
 */
export function glue(text: string): string {
  return text.replace(/(?<=[\d≥≤<>=±−№])[ ](?=\S)/gu, NBSP).replace(/[ ](?=[%‰—–]|\p{Sc})/gu, NBSP);
}

const SOFT = '\u00ad';
const points = new Map<string, readonly string[]>();

/**
 * The word cut at its hyphenation points (Russian or US English patterns, by its letters), and
 * after a hyphen or slash it already has: "Предупреждение" → ["Пре", "ду", "пре", "жде", "ние"].
 */
function syllables(word: string): readonly string[] {
  const known = points.get(word);
  if (known) return known;
  const hyphenator = /[а-яё]/iu.test(word) ? hyphenRu : hyphenEn;
  const parts = hyphenator
    .hyphenateSync(word, { hyphenChar: SOFT })
    .replace(/([-/])(?=\p{L})/gu, `$1${SOFT}`)
    .split(SOFT)
    .filter((part) => part !== '');
  points.set(word, parts);
  return parts;
}

/** A paragraph's words, numbers glued to their units (see glue): what breakWords lays out. */
export function wordsOf(paragraph: string): string[] {
  return glue(paragraph)
    .split(' ')
    .filter((word) => word !== '');
}

/** Lines no wider than `width`, breaking at spaces and, where a word must be cut, hyphenating. */
export function breakLines(
  paragraph: string,
  width: number,
  measure: (text: string) => number,
): string[] {
  return breakWords(wordsOf(paragraph), width, measure);
}

/** breakLines for a paragraph already cut into words (a paragraph is wrapped to many widths). */
export function breakWords(
  words: readonly string[],
  width: number,
  measure: (text: string) => number,
): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const start = (word: string): void => {
    let rest = word;
    // A word wider than a whole line is cut at its hyphenation points, as often as it takes.
    while (rest.length > 1 && measure(rest) > width) {
      const [head, tail] = cut(rest, width, measure) ?? force(rest, width, measure);
      lines.push(head);
      rest = tail;
    }
    line = rest;
    used = measure(rest);
  };
  for (const word of words) {
    const size = measure(word);
    if (line === '') {
      start(word);
      continue;
    }
    if (used + space + size <= width) {
      line += ` ${word}`;
      used += space + size;
      continue;
    }
    // Hyphenate into the rest of the line only when the line would otherwise end short.
    const split = used < width * 0.75 ? cut(word, width - used - space, measure) : undefined;
    if (split) {
      lines.push(`${line} ${split[0]}`);
      start(split[1]);
    } else {
      lines.push(line);
      start(word);
    }
  }
  lines.push(line);
  return lines;
}

/** The longest head of `word` up to a hyphenation point that fits `room` with its hyphen. */
function cut(
  word: string,
  room: number,
  measure: (text: string) => number,
): [string, string] | undefined {
  const parts = syllables(word);
  let best: [string, string] | undefined;
  let head = '';
  for (let i = 0; i < parts.length - 1; i++) {
    head += parts[i] ?? '';
    const shown = /[-/]$/.test(head) ? head : `${head}-`;
    if (measure(shown) > room) break;
    best = [shown, parts.slice(i + 1).join('')];
  }
  return best;
}

/** Last resort for a string with no hyphenation point that fits (a 40-letter code): cut, hyphenated. */
function force(word: string, room: number, measure: (text: string) => number): [string, string] {
  let end = word.length - 1;
  while (end > 1 && measure(`${word.slice(0, end)}-`) > room) end -= 1;
  return [`${word.slice(0, end)}-`, word.slice(end)];
}
