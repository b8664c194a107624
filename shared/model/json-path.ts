/** A JSONPath expression for a location in a document: $.functions[0].roles[1].fte */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');
}

/**
 * Refusals a reader acts on rather than just reports: a newer format version, and the shapes
 * refused before validation (a prototype key, nesting too deep). Callers branch on the code,
 * never on the message.
 */
export type FileErrorCode = 'newer-version' | 'forbidden-key' | 'too-deep';

/** One reason a file was refused, with where it is. */
export interface FileError {
  readonly path: string;
  readonly message: string;
  readonly code?: FileErrorCode;
}
