import type { InspectorFirstKey } from './inspector-first.en';

export const inspectorFirstRu: Record<InspectorFirstKey, string> = {
  'inspector.title': 'Свойства',
  'inspector.hint.none':
    'Выберите функцию на холсте, чтобы увидеть и изменить её процесс, людей, линии, KPI, финансовую цель и нагрузку.',
  'inspector.hint.noneReadOnly':
    'Выберите функцию на холсте, чтобы увидеть её процесс, людей, линии, KPI, финансовую цель и нагрузку.',
};
