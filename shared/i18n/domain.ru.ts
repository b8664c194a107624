import type { DomainKey } from './domain.en';

export const domainRu: Record<DomainKey, string> = {
  'status.idea': 'Идея',
};
