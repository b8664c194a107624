/**
 * English names of the link kinds. Apart from the domain catalog because the canvas layout sizes a
 * link's label for both languages, so these few strings are always loaded, in both languages.
 */
export const linkKindsEn = {
  'linkKind.handoff': 'Hand-off of leads or clients',
  'linkKind.escalation': 'Escalation',
  'linkKind.support': 'Support',
  'linkKind.reporting': 'Reporting',
} as const;

export type LinkKindKey = keyof typeof linkKindsEn;
