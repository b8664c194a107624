import type { LibraryKey } from './library.en';

export const libraryRu: Record<LibraryKey, string> = {
  'library.title': 'Проекты',
};
