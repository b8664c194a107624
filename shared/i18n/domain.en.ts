/**
 * English strings of the domain: function catalog, statuses, link kinds, design-check messages,
 * analysis labels. Kept apart from the UI catalog so the report and the CLI use them without the UI.
 */
export const domainEn = {
  'status.idea': 'Idea',
} as const;

export type DomainKey = keyof typeof domainEn;
