import type { ScenarioFirstKey } from './scenario-first.en';

export const scenarioFirstRu: Record<ScenarioFirstKey, string> = {
  'scenario.recommended': 'рекомендуемый',
  'scenario.switcher.label': 'Сценарий: {name}',
  'scenario.switcher.prefix': 'Сценарий:',
  'scenario.switcher.menu': 'Сценарии',
  'scenario.switcher.markRecommended': 'Отметить как рекомендуемый',
  'scenario.switcher.unmarkRecommended': 'Снять отметку «рекомендуемый»',
  'scenario.switcher.baselineStays': 'Текущая система остаётся: её нельзя удалить.',
  'scenario.switcher.readOnly':
    'Проект редактируется в другой вкладке: переключение сценария изменило бы его, поэтому здесь оно недоступно.',
  'scenario.status': 'Сценарий: {name}',

  'scenario.command.new': 'Новый вариант…',
  'scenario.command.next': 'Следующий сценарий',
  'scenario.command.previous': 'Предыдущий сценарий',
  'scenario.command.switchTo': 'Перейти к сценарию…',
  'scenario.command.rename': 'Переименовать сценарий…',
  'scenario.command.delete': 'Удалить сценарий…',
  'scenario.command.recommend': 'Рекомендуемый сценарий',
  'scenario.command.compare': 'Сравнить сценарии…',
  'scenario.command.differences': 'Показать отличия на холсте',

  'scenario.diff.toggle': 'Показать отличия от «{name}»',
};
