import type { HelpFirstKey } from './help-first.en';

export const helpFirstRu: Record<HelpFirstKey, string> = {
  'hint.title': 'Первые шаги',
  'hint.text':
    'Перетащите функцию с левой панели на холст или нажмите {palette} и наберите её название. Выделите карточку, чтобы справа заполнить людей, линии, KPI и деньги. Нажмите {shortcuts}, чтобы увидеть все сочетания клавиш.',
  'hint.dismiss': 'Понятно',
};
