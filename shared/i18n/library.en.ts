/** English strings of the library. The Russian catalog has the same keys and placeholders. */
export const libraryEn = {
  'library.title': 'Projects',
} as const;

export type LibraryKey = keyof typeof libraryEn;
