import type { domainEn } from './domain.en';
import { linkKindsRu } from './link-kinds.ru';

export const domainRu: Record<keyof typeof domainEn, string> = {
  ...linkKindsRu,

  'comparator.le': '≤',
  'comparator.lt': '<',
  'comparator.ge': '≥',
  'comparator.gt': '>',
  'comparator.eq': '=',

  'unit.seconds': 'с',
  'unit.minutes': 'мин',
  'unit.hours': 'ч',
  'unit.days': 'дн.',
  'unit.percent': '%',
  'unit.count': 'шт.',
  'unit.money': 'деньги',
  'unit.other': 'другое',

  'catalog.key-accounts.name': 'Работа с ключевыми клиентами',
  'catalog.key-accounts.description':
    'Отдельное внимание немногим клиентам, которые дают основную выручку: ответственный менеджер, быстрый сервис и план роста по каждому клиенту.',
  'catalog.key-accounts.purpose': 'Удержать ключевых клиентов и нарастить продажи им',
  'catalog.key-accounts.step.1':
    'Отобрать ключевых клиентов по согласованным критериям: выручка, потенциал, стратегическая ценность',
  'catalog.key-accounts.step.2':
    'Закрепить за каждым ключевым клиентом одного ответственного менеджера',
  'catalog.key-accounts.step.3': 'Согласовать план по каждому клиенту с целью по продажам',
  'catalog.key-accounts.step.4':
    'Отвечать на каждое обращение ключевого клиента в оговорённый срок',
  'catalog.key-accounts.step.5': 'Ежемесячно разбирать каждого клиента и корректировать план',
  'catalog.key-accounts.role.1': 'Менеджер по ключевым клиентам',
  'catalog.key-accounts.role.2': 'Специалист технической поддержки ключевых клиентов',
  'catalog.key-accounts.line.1': 'Выделенный номер технической поддержки для ключевых клиентов',
  'catalog.key-accounts.kpi.1': 'Первый ответ на обращение ключевого клиента',
  'catalog.key-accounts.kpi.1.source':
    'Отчёт службы поддержки: время от обращения до первого ответа',
  'catalog.key-accounts.kpi.1.breach':
    'Менеджер по ключевым клиентам в тот же день выясняет причину каждого опоздания с ответом и перестраивает график поддержки или отвечает сам',
  'catalog.key-accounts.kpi.2': 'Рост продаж ключевым клиентам',
  'catalog.key-accounts.kpi.2.source': 'Отчёт CRM о продажах ключевым клиентам',

  'catalog.product-promotion.name': 'Стимулирование продаж продукта или категории',
  'catalog.product-promotion.description':
    'Целенаправленное продвижение одного продукта или категории: ответственный, аргументы для продаж, обучение отдела продаж и акции.',
  'catalog.product-promotion.purpose': 'Увеличить продажи выбранного продукта или категории',
  'catalog.product-promotion.step.1':
    'Выбрать продукт или категорию и клиентов, которым его предлагать',
  'catalog.product-promotion.step.2': 'Подготовить аргументы и материалы для продаж',
  'catalog.product-promotion.step.3': 'Обучить отдел продаж и поставить цели по продукту',
  'catalog.product-promotion.step.4': 'Проводить акции и еженедельно следить за продажами продукта',
  'catalog.product-promotion.role.1': 'Продакт-менеджер',
  'catalog.product-promotion.kpi.1': 'Рост продаж продукта',
  'catalog.product-promotion.kpi.1.source': 'Отчёт о продажах по продуктам',

  'catalog.territory-promotion.name': 'Стимулирование продаж на территории',
  'catalog.territory-promotion.description':
    'Развитие продаж в регионе или городе: представитель на месте, местные партнёры и план визитов к клиентам.',
  'catalog.territory-promotion.purpose': 'Привлечь больше клиентов и продаж на территории',
  'catalog.territory-promotion.step.1': 'Изучить рынок и конкурентов на территории',
  'catalog.territory-promotion.step.2': 'Составить список целевых клиентов',
  'catalog.territory-promotion.step.3': 'Планировать и проводить визиты и звонки',
  'catalog.territory-promotion.step.4': 'Передавать подготовленные сделки отделу продаж',
  'catalog.territory-promotion.role.1': 'Региональный торговый представитель',
  'catalog.territory-promotion.kpi.1': 'Новые клиенты на территории за месяц',
  'catalog.territory-promotion.kpi.1.source': 'CRM: новые клиенты по регионам',

  'catalog.lead-nurturing.name': 'Взращивание потенциальных клиентов (lead nurturing)',
  'catalog.lead-nurturing.description':
    'Поддержание контакта с теми, кто ещё не готов купить, — полезные материалы, напоминания — и передача в продажи, когда клиент созрел.',
  'catalog.lead-nurturing.purpose': 'Превращать больше собранных лидов в возможности продаж',
  'catalog.lead-nurturing.step.1': 'Собрать не готовых к покупке лидов в одну базу',
  'catalog.lead-nurturing.step.2': 'Разделить их по интересам и стадии готовности',
  'catalog.lead-nurturing.step.3': 'Отправлять полезные материалы и напоминания по графику',
  'catalog.lead-nurturing.step.4': 'Оценивать лидов и передавать готовых в продажи',
  'catalog.lead-nurturing.role.1': 'Специалист по взращиванию лидов',
  'catalog.lead-nurturing.kpi.1': 'Доля лидов, ставших возможностями продаж',
  'catalog.lead-nurturing.kpi.1.source': 'Отчёт системы автоматизации маркетинга и воронки CRM',

  'catalog.technical-support.name': 'Техническая поддержка',
  'catalog.technical-support.description':
    'Ответы на технические вопросы клиентов в оговорённый срок, чтобы проблема никогда не останавливала покупку.',
  'catalog.technical-support.purpose':
    'Быстро решать технические вопросы клиентов и сохранять их покупки',
  'catalog.technical-support.step.1': 'Принять обращение по линии поддержки или по почте',
  'catalog.technical-support.step.2': 'Зарегистрировать его в системе обращений',
  'catalog.technical-support.step.3': 'Решить вопрос или передать эксперту',
  'catalog.technical-support.step.4': 'Подтвердить решение с клиентом',
  'catalog.technical-support.role.1': 'Специалист технической поддержки',
  'catalog.technical-support.kpi.1': 'Первый ответ на обращение в поддержку',
  'catalog.technical-support.kpi.1.source': 'Отчёт телефонии и системы обращений',

  'catalog.events.name': 'Проведение мероприятий',
  'catalog.events.description':
    'Выставки, семинары и дни клиента, которые приносят новые лиды и укрепляют отношения с текущими клиентами.',
  'catalog.events.purpose': 'Получать качественные лиды и укреплять отношения через мероприятия',
  'catalog.events.step.1': 'Спланировать календарь и бюджет мероприятий',
  'catalog.events.step.2': 'Пригласить целевых клиентов',
  'catalog.events.step.3': 'Провести мероприятие и собрать контакты',
  'catalog.events.step.4': 'Связаться с каждым лидом в течение недели',
  'catalog.events.role.1': 'Менеджер по мероприятиям',
  'catalog.events.kpi.1': 'Качественные лиды с одного мероприятия',
  'catalog.events.kpi.1.source': 'Список регистраций, сверенный с CRM',

  'catalog.partner-program.name': 'Партнёрская программа',
  'catalog.partner-program.description':
    'Продажи через партнёров — дилеров, интеграторов, агентов — на понятных условиях, с обучением и поддержкой.',
  'catalog.partner-program.purpose': 'Наращивать продажи через сеть активных партнёров',
  'catalog.partner-program.step.1': 'Определить условия и уровни партнёрства',
  'catalog.partner-program.step.2': 'Найти и подписать партнёров',
  'catalog.partner-program.step.3': 'Обучить партнёров и дать им материалы для продаж',
  'catalog.partner-program.step.4': 'Сопровождать сделки партнёров и выплачивать вознаграждение',
  'catalog.partner-program.role.1': 'Менеджер по работе с партнёрами',
  'catalog.partner-program.kpi.1': 'Активные партнёры с продажей в квартале',
  'catalog.partner-program.kpi.1.source': 'Отчёт о продажах партнёров',

  'catalog.custom.name': 'Новая функция',
  'catalog.custom.description':
    'Своя функция: опишите результат, ради которого она нужна, её процесс и необходимые ресурсы.',
  'catalog.custom.purpose': 'Результат, ради которого нужна функция',

  'analysis.partialCost':
    '≥ {amount}, {count, plural, one {# расход не указан} few {# расхода не указаны} many {# расходов не указаны} other {# расхода не указаны}}',
  'analysis.partialCostPerMonth':
    '≥ {amount} / мес., {count, plural, one {# расход не указан} few {# расхода не указаны} many {# расходов не указаны} other {# расхода не указаны}}',
  'analysis.payback.months': '{months} мес.',
  'analysis.payback.immediate': 'Разовых затрат нет',
  'analysis.payback.never': 'Никогда: не зарабатывает на свои затраты',
  'analysis.breakEven.impossible': 'Недостижим: нет базовой выручки или маржа равна нулю',
  'analysis.notEnoughData': 'Недостаточно данных',
};
