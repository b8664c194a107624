import type { UiLaterKey } from './ui-later.en';

export const uiLaterRu: Record<UiLaterKey, string> = {
  'canvas.drop.besideCard': 'Новая карточка поставлена рядом с «{name}», чтобы не закрыть её.',
  'canvas.drop.outsideDepartment':
    'Новая карточка поставлена вне группы «{name}», чтобы не выглядеть её частью.',
  'canvas.drag.outsideDepartment':
    'Сдвинуто за пределы группы «{name}», чтобы не выглядеть её частью.',
  'canvas.drag.besideCard':
    'Сдвинуто в сторону от «{name}», чтобы рамка группы не захватила эту карточку.',
  'app.loading': 'Открываем ваш проект…',
  'export.title': 'Экспорт отчёта в PDF',
  'export.intro':
    'Отчёт о специализации на листах A4 для руководства: итоги, схема, раздел по каждой функции, открытые проверки.',
  'export.language': 'Язык отчёта',
  'export.run': 'Экспортировать PDF',
  'export.working': 'Готовим отчёт…',
  'export.savedTo': 'Сохранено: {path}',
  'export.downloaded': 'Отчёт скачан.',
  'export.failed': 'Отчёт не экспортирован: {reason}. Проект не изменился — попробуйте ещё раз.',
  'export.failedReason': 'не удалось сформировать PDF',
  'print.title': 'Печать отчёта',
  'print.intro':
    'Тот же отчёт A4, что и при экспорте в PDF, передаётся в окно печати системы (в браузерной версии он открывается в новой вкладке, откуда его можно напечатать).',
  'print.run': 'Печать…',
  'print.sent': 'Отчёт передан в окно печати.',
  'print.opened': 'Отчёт открыт в новой вкладке — напечатайте его оттуда.',
  'print.cancelled': 'Печать отменена.',
  'print.failed': 'Отчёт не напечатан: {reason}. Проект не изменился — попробуйте ещё раз.',
  'dialog.ok': 'OK',

  'menu.file': 'Файл',
  'menu.edit': 'Правка',
  'menu.view': 'Вид',
  'menu.help': 'Справка',
  'menu.quit': 'Выход',
  'menu.devtools': 'Инструменты разработчика',

  'toolbar.theme': 'Тема',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'theme.contrast': 'Высокий контраст',
  'theme.projector': 'Проектор',

  'checks.none': 'В проекте проблем не найдено.',
  'checks.severity.error': 'Ошибка',
  'checks.severity.warning': 'Предупреждение',
  'checks.severity.info': 'Замечание',
  'checks.focus': 'Показать функцию и поле, где это исправить',

  'summary.functions': 'Функции',
  'summary.fte': 'Численность',
  'summary.runCost': 'Затраты в месяц',
  'summary.oneOff': 'Разовые затраты',
  'summary.profit': 'Прирост валовой прибыли в месяц',
  'summary.net': 'Чистый эффект в месяц',
  'summary.pays': 'Окупаются',
  'summary.doesNotPay': 'Не окупаются',
  'summary.unknown': 'Недостаточно данных',
  'summary.incomplete.costs':
    'Функций, у которых указаны не все затраты: {count}; в итоги затрат вошли только указанные.',
  'summary.incomplete.profit':
    'Функций не вошло в прирост прибыли и чистый эффект, потому что не хватает выручки, роста или маржи: {count}.',
  'summary.category.human': 'Человеческие ресурсы',
  'summary.category.technical': 'Технические ресурсы',
  'summary.category.process': 'Бизнес-процесс',
  'summary.category.financial': 'Финансовый результат',
  'summary.lines': 'Телефонные линии',
  'summary.tools': 'Инструменты',
  'summary.kpis': 'KPI (автоматизировано)',
  'summary.understaffed': 'Не хватает сотрудников под нагрузку',
  'summary.baseline': 'Базовая выручка в месяц',
  'summary.empty': 'Добавьте функции, чтобы увидеть итоги проекта.',
  'summary.emptyReadOnly': 'В проекте пока нет функций, поэтому итогов нет.',

  'link.title': 'Связь',
  'link.kind': 'Вид',
  'link.label': 'Подпись',
  'link.from': 'Откуда',
  'link.to': 'Куда',
  'link.delete': 'Удалить связь',

  'conflict.title': 'Проект изменён в другом месте',
  'conflict.text':
    'После того как это окно его открыло, другая вкладка или другая программа сохранила иную версию. Ваши последние изменения здесь не сохранены. Какую версию оставить?',
  'conflict.reload': 'Загрузить сохранённую версию',
  'conflict.keepCopy': 'Сохранить мою как копию',
  'conflict.failed': 'Не получилось; ваши изменения на месте. Попробуйте ещё раз.',
  'status.openElsewhere.banner':
    'Этот проект редактируется в другой вкладке. Здесь он только для чтения: ничего не изменить и не сохранить. Редактировать можно будет, когда другая вкладка его закроет, — или продолжите здесь (тогда только для чтения станет другая вкладка).',
  'status.openElsewhere.takeOver': 'Редактировать здесь',
};
