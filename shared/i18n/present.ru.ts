import type { PresentKey } from './present.en';

export const presentRu: Record<PresentKey, string> = {
  'present.label': 'Презентация',
  'present.slideOf': 'Слайд {n} из {count}',
  'present.previous': 'Предыдущий слайд',
  'present.next': 'Следующий слайд',
  'present.exit': 'Выйти из презентации',
  'present.goTo': 'Перейти к слайду {n}',
  'present.keys':
    'Стрелки, пробел или Page Up / Down листают слайды; номер и Enter — переход к слайду; Esc — выход.',
  'present.functions':
    '{count, plural, one {# функция} few {# функции} many {# функций} other {# функции}}',
  'present.people': 'Люди',
  'present.lines': 'Линии',
  'present.kpis': 'KPI',
  'present.money': 'Деньги',
  'present.owner': 'Ответственный',
  'present.namedPeople': 'Сотрудники поимённо',
  'present.tools': 'Инструменты',
  'present.linesTools': 'Линии и инструменты в месяц',
  'present.noKpis': 'KPI пока не заданы',
  'present.moreKpis':
    '{count, plural, one {и ещё # KPI} few {и ещё # KPI} many {и ещё # KPI} other {и ещё # KPI}}',
  'present.checksNone': 'Замечаний к проекту нет: функция сходится.',
  'present.moreChecks':
    '{count, plural, one {и ещё # замечание на панели проверок} few {и ещё # замечания на панели проверок} many {и ещё # замечаний на панели проверок} other {и ещё # замечания на панели проверок}}',
  'present.summary.title': 'Проект в цифрах',
  'present.summary.doesNotPay': 'Не окупаются',
  'present.summary.allPay': 'Все функции, по которым хватает данных, окупаются.',
  'present.summary.unknown':
    '{count, plural, one {Для # функции не хватает данных} few {Для # функций не хватает данных} many {Для # функций не хватает данных} other {Для # функции не хватает данных}}',
  'present.empty': 'В проекте пока нет функций.',
  'present.order.title': 'Порядок показа',
  'present.order.hint':
    'Слайды идут в порядке этого списка. Пока вы его не меняли — по отделам, в каждом слева сверху направо вниз, как на холсте.',
  'present.order.reset': 'Вернуть порядок по холсту',
};
