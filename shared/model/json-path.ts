/** A JSONPath expression for a location in a document: $.functions[0].roles[1].fte */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');
}

/** One reason a file was refused, with where it is. */
export interface FileError {
  readonly path: string;
  readonly message: string;
}
