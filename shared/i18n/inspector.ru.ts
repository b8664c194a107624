import type { InspectorKey } from './inspector.en';

export const inspectorRu: Record<InspectorKey, string> = {
  'inspector.title': 'Свойства',
};
