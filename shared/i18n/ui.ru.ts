import type { UiKey } from './ui.en';

export const uiRu: Record<UiKey, string> = {
  'app.title': 'Верстак системы продаж',
  'app.untitled': 'Проект без названия',
};
