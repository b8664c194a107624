import type { LinkKindKey } from './link-kinds.en';

export const linkKindsRu: Record<LinkKindKey, string> = {
  'linkKind.handoff': 'Передача лидов или клиентов',
  'linkKind.escalation': 'Эскалация',
  'linkKind.support': 'Поддержка',
  'linkKind.reporting': 'Отчётность',
};
