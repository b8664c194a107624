import type { DomainKey } from './domain.en';
import { linkKindsRu } from './link-kinds.ru';

export const domainRu: Record<DomainKey, string> = {
  'status.idea': 'Идея',
  'status.planned': 'Запланирована',
  'status.approved': 'Утверждена',
  'status.live': 'Работает',

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

  'kpiKind.response-time': 'Скорость реакции',
  'kpiKind.sales-growth': 'Рост продаж',
  'kpiKind.conversion': 'Конверсия',
  'kpiKind.other': 'Другое',

  'frequency.realtime': 'Непрерывно',
  'frequency.daily': 'Ежедневно',
  'frequency.weekly': 'Еженедельно',
  'frequency.monthly': 'Ежемесячно',
  'frequency.quarterly': 'Ежеквартально',

  'measurement.automated': 'Автоматически',
  'measurement.manual': 'Вручную',

  'toolKind.crm': 'CRM',
  'toolKind.software': 'Программа',
  'toolKind.equipment': 'Оборудование',
  'toolKind.other': 'Другое',

  'category.human': 'Человеческие ресурсы',
  'category.technical': 'Технические ресурсы',
  'category.process': 'Бизнес-процесс',
  'category.financial': 'Финансовый результат',

  'severity.error': 'Ошибка',
  'severity.warning': 'Предупреждение',
  'severity.info': 'Замечание',

  'role.dedicated': 'Выделенная',
  'role.shared': 'Совмещение',
  'role.handlesRequests': 'Отвечает на обращения',

  'demandField.requestsPerHour': 'обращений в час',
  'demandField.averageHandlingMinutes': 'среднее время обработки',
  'demandField.targetAnswerMinutes': 'целевое время ответа',
  'demandField.serviceLevelPercent': 'уровень сервиса',
  'demandField.shrinkagePercent': 'потери рабочего времени',
  'demandField.coverageHoursPerWeek': 'часы работы в неделю',

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

  'analysis.fte': 'Численность, ставок',
  'analysis.humanMonthly': 'Затраты на персонал в месяц',
  'analysis.linesMonthly': 'Телефонные линии в месяц',
  'analysis.toolsMonthly': 'Инструменты в месяц',
  'analysis.partialCost':
    '≥ {amount}, {count, plural, one {# расход не указан} few {# расхода не указаны} many {# расходов не указаны} other {# расхода не указаны}}',
  'analysis.partialCostPerMonth':
    '≥ {amount} / мес., {count, plural, one {# расход не указан} few {# расхода не указаны} many {# расходов не указаны} other {# расхода не указаны}}',
  'analysis.runMonthly': 'Ежемесячные затраты',
  'analysis.oneOff': 'Разовые затраты',
  'analysis.incrementalProfit': 'Дополнительная валовая прибыль в месяц',
  'analysis.netMonthly': 'Чистый эффект в месяц',
  'analysis.periodNet': 'Чистый результат за период планирования',
  'analysis.roi': 'Рентабельность вложений за период планирования',
  'analysis.payback':
    'Окупаемость: когда прибыль нарастающим итогом покроет разовые и текущие затраты',
  'analysis.payback.months': '{months} мес.',
  'analysis.payback.immediate': 'Разовых затрат нет',
  'analysis.payback.never': 'Никогда: не зарабатывает на свои затраты',
  'analysis.breakEven': 'Рост безубыточности',
  'analysis.breakEvenOverPeriod':
    'Рост безубыточности за период планирования с учётом разовых затрат',
  'analysis.breakEven.impossible': 'Недостижим: нет базовой выручки или маржа равна нулю',
  'analysis.targetGrowth': 'Целевой рост',
  'analysis.pays.yes': 'Окупается: целевой рост покрывает безубыточность',
  'analysis.pays.no': 'Не окупается: целевой рост ниже безубыточного',
  'analysis.pays.unknown': 'Недостаточно данных, чтобы оценить окупаемость',
  'analysis.notEnoughData': 'Недостаточно данных',
  'analysis.staffing': 'Штат для скорости ответа (Эрланг C)',
  'analysis.staffing.traffic': 'Нагрузка',
  'analysis.staffing.trafficValue': '{traffic} эрл.',
  'analysis.staffing.agents': 'Нужно сотрудников на линии одновременно',
  'analysis.staffing.requiredFte': 'Нужно ставок',
  'analysis.staffing.serviceLevel': 'Доля ответов в срок',
  'analysis.staffing.asa': 'Среднее время до ответа',
  'analysis.staffing.noDemand': 'Нагрузка не указана',
  'analysis.staffing.missing': 'Укажите нагрузку: {fields}',
  'analysis.staffing.unreachable': 'При такой нагрузке уровень сервиса недостижим',
  'analysis.staffing.averageHourAgents': 'Нужно сотрудников в средний час',
  'analysis.staffing.peak':
    'Штат рассчитан на самый загруженный час: {peak} обращений среднего часа',
  'analysis.abandonment': 'Если клиенты кладут трубку (Эрланг A)',
  'analysis.abandonment.agents': 'Нужно сотрудников на линии одновременно',
  'analysis.abandonment.requiredFte': 'Нужно ставок',
  'analysis.abandonment.level': 'Ответов в срок при таком штате',
  'analysis.abandonment.rate': 'Не дождались ответа при таком штате',
  'analysis.abandonment.levelAssigned': 'Ответов в срок при текущем штате',
  'analysis.abandonment.rateAssigned': 'Не дождались ответа при текущем штате',
  'analysis.abandonment.unreachable': 'При такой нагрузке уровень сервиса недостижим',
  'demandField.peakHourPercent': 'самый загруженный час',
  'demandField.patienceMinutes': 'терпение клиента',
  'analysis.rampUp': 'Выход на целевой рост',
  'analysis.rampUpValue':
    '{months, plural, =0 {сразу} one {за # месяц} few {за # месяца} many {за # месяцев} other {за # месяца}}',

  'check.unnamed': 'без названия',
  'check.function.no-owner':
    'У функции «{function}» нет ответственного. Назначьте человека, который отвечает за её результат.',
  'check.function.job-title-only':
    'В функции «{function}» есть штат, но нет ни шагов процесса, ни KPI: это должность, а не функция. Опишите ключевые шаги процесса и то, как измеряется результат.',
  'check.function.no-financial-goal':
    'У функции «{function}» нет финансовой цели. Задайте рост продаж, который она должна дать, — тогда будет видно, окупается ли она.',
  'check.function.financial-incomplete':
    'Укажите базовую месячную выручку и валовую маржу функции «{function}», чтобы оценить её окупаемость.',
  'check.function.financial-no-owner':
    'За финансовую цель функции «{function}» никто не отвечает. Назначьте одного руководителя, ответственного за неё.',
  'check.function.does-not-pay':
    'Функция «{function}» не окупается: целевой рост {target}\u00a0% ниже роста безубыточности {breakEven}\u00a0%. Поднимите цель, сократите затраты или пересмотрите функцию.',
  'check.function.cannot-pay':
    'Функция «{function}» не может окупиться за счёт роста: базовая выручка или валовая маржа равна нулю, а затраты есть. Укажите выручку сегмента, который она обслуживает, или пересмотрите функцию.',
  'check.role.no-cost':
    'У роли «{role}» функции «{function}» не указана стоимость ставки в месяц, поэтому затраты функции неизвестны. Введите полную стоимость одной ставки.',
  'check.person.no-role':
    '{person} работает в функции «{function}» без роли, и его время не оценено в деньгах. Выберите роль: стоимость ставки задаётся в ней.',
  'check.line.no-cost':
    'У линии {number} функции «{function}» не указана стоимость в месяц, поэтому затраты функции неизвестны. Введите, во сколько линия обходится функции (0, если бесплатно).',
  'check.tool.no-monthly-cost':
    'У инструмента «{tool}» функции «{function}» не указана стоимость в месяц, поэтому затраты функции неизвестны. Введите её (0, если её нет).',
  'check.tool.no-one-off-cost':
    'У инструмента «{tool}» функции «{function}» не указаны разовые затраты, поэтому срок окупаемости не рассчитать. Введите их (0, если их нет).',
  'check.function.not-linked':
    'Функция «{function}» не связана ни с одной другой. Покажите, кому она передаёт клиентов, куда эскалирует, кого поддерживает или кому отчитывается.',
  'check.function.no-kpi':
    'У функции «{function}» есть сотрудники и процесс, но нет ни одного KPI — невозможно понять, работает ли она. Добавьте уровень сервиса или результат, который она обещает, способ измерения и того, кто реагирует на отклонение.',
  'check.kpi.manual-tracking':
    'KPI времени реакции «{kpi}» функции «{function}» измеряется вручную. Время реакции можно контролировать, только если система фиксирует каждое обращение: настройте автоматический учёт (хелпдеск, телефония, CRM).',
  'check.kpi.no-breach-action':
    '{person} отвечает за реакцию на отклонение KPI «{kpi}» функции «{function}», но не описано, что именно он делает. Опишите действие, чтобы нарушение вело к управленческому решению.',
  'check.kpi.growth-mismatch':
    'KPI роста продаж «{kpi}» функции «{function}» задан как {kpiTarget}\u00a0%, а финансовая цель — {goal}\u00a0%. Укажите одно значение, чтобы KPI контролировал тот рост, ради которого функция создаётся.',
  'check.role.shared-agents':
    'Роль «{role}» функции «{function}» отвечает на обращения, но совмещена с другой работой, и в ней не указан ни один сотрудник, поэтому расчёт штата считает все её {fte} ст. занятыми обращениями. Назначьте на роль сотрудников с долей времени, которую они отдают этой функции (расчёт штата учтёт эту долю), или сделайте роль выделенной.',
  'check.person.dedicated-elsewhere':
    '{person} занимает выделенную роль «{role}» в функции «{function}», но работает ещё и в других функциях: {functions}. Освободите сотрудника от другой работы или отметьте роль как совмещённую.',
  'check.line.coverage-short':
    'Линия {number} функции «{function}» работает {line} ч в неделю, а обращения принимаются {demand} ч в неделю. Продлите часы работы линии или добавьте линию на остальное время.',
  'check.demand.no-peak':
    'Штат функции «{function}» рассчитан на средний час, поэтому в каждый более загруженный час его не хватит. Укажите, насколько загружен самый загруженный час, в процентах от среднего.',
  'check.kpi.no-source':
    'У KPI «{kpi}» функции «{function}» не указан источник данных. Укажите, откуда берётся цифра (отчёт телефонии, системы обращений или CRM): что не измеряется, то не контролируется.',
  'check.kpi.no-breach-owner':
    'Никто не реагирует на нарушение KPI «{kpi}» функции «{function}». Назначьте руководителя, который принимает решение при отклонении, и опишите его действия.',
  'check.kpi.no-demand':
    'KPI скорости реакции «{kpi}» функции «{function}» невозможно проверить: укажите нагрузку (обращений в час, время обработки, уровень сервиса, потери времени, часы работы), чтобы понять, справится ли штат.',
  'check.kpi.target-mismatch':
    'KPI «{kpi}» функции «{function}» обещает ответ за {kpiTarget}, а нагрузка рассчитана на {demandTarget}. Укажите одно и то же время, чтобы проверка штата проверяла обещание.',
  'check.staffing.short':
    'Функция «{function}» не успевает ответить на {level}\u00a0% обращений за {target}. Нагрузка — обращений в час: {requests}; по Эрлангу C нужно ставок на обращениях: {required}, а есть: {assigned} (сейчас в срок отвечают примерно на {achieved}\u00a0% обращений). Добавьте сотрудников или измените цель.',
  'check.staffing.short.peak':
    'Функция «{function}» не успевает ответить на {level}\u00a0% обращений за {target} в самый загруженный час, на который рассчитан штат. Нагрузка в этот час — обращений: {requests}; по Эрлангу C нужно ставок на обращениях: {required}, а есть: {assigned} (сейчас в этот час в срок отвечают примерно на {achieved}\u00a0% обращений). Добавьте сотрудников или измените цель.',
  'check.staffing.unreachable':
    'Функция «{function}» не достигает уровня сервиса при указанной нагрузке ни при каком разумном штате. Проверьте цифры нагрузки.',
  'check.line.dedicated-shared':
    'Номер {number} отмечен как выделенный в функции «{function}», но он же есть и в других функциях: {functions}. Дайте каждой функции свой номер или отметьте линию как общую.',
  'check.line.duplicate-number':
    'Номер {number} указан в функции «{function}» дважды. Удалите повтор.',
  'check.person.over-allocated':
    '{person}: загрузка {total}\u00a0% в функциях {functions}. Снизьте загрузку до 100\u00a0% или назначьте другого сотрудника.',

  'sample.keyAccounts.name': 'Ключевые клиенты',
  'sample.rich.name': 'Специализированная система продаж',
  'sample.company': 'ООО «Пример Трейд»',
  'sample.author': 'Коммерческий директор',
  'sample.description.keyAccounts':
    'Работа с ключевыми клиентами как отдельная функция: выделенный менеджер по ключевым клиентам и два выделенных специалиста поддержки на отдельном номере, ответ на любое обращение за 15 минут и рост продаж ключевым клиентам на 25 %.',
  'sample.person.kam': 'Анна Петрова',
  'sample.person.support1': 'Игорь Смирнов',
  'sample.person.support2': 'Ольга Волкова',
  'sample.person.director': 'Сергей Иванов',
  'sample.person.support3': 'Павел Орлов',
  'sample.person.kam2': 'Мария Кузнецова',
  'sample.person.regional': 'Дмитрий Соколов',
  'sample.person.marketing': 'Елена Морозова',
  'sample.person.partners': 'Алексей Лебедев',
  'sample.title.director': 'Коммерческий директор',
  'sample.title.marketing': 'Руководитель маркетинга',
  'sample.line.keyAccounts': 'Техническая поддержка ключевых клиентов',
  'sample.line.support': 'Техническая поддержка всех клиентов',
  'sample.tool.helpdesk': 'Система обращений с учётом скорости ответа',
  'sample.tool.crm': 'Места в CRM',
  'sample.tool.automation': 'Сервис автоматизации маркетинга',
  'sample.tool.events': 'Выставочный стенд и материалы',
  'sample.tool.portal': 'Портал для партнёров',
  'sample.breach.response':
    'В тот же день выясняет причину, перестраивает график поддержки или берёт обращение на себя',
  'sample.breach.growth': 'Пересматривает планы по клиентам вместе с коммерческим директором',
  'sample.breach.monthly': 'Разбирает отклонение и согласует меры на ежемесячном совещании',
  'sample.group.sales': 'Отдел продаж',
  'sample.group.marketing': 'Маркетинг',
  'sample.group.service': 'Сервис',
  'sample.link.escalation': 'Технические вопросы ключевых клиентов',
  'sample.link.readyLeads': 'Лиды, готовые к покупке',
  'sample.link.eventLeads': 'Контакты с мероприятий',
  'sample.link.bigClients': 'Крупные клиенты региона',
  'sample.link.partnerSupport': 'Технические вопросы партнёров',
  'sample.link.report': 'Итоги месяца',
  'sample.territory.name': 'Продвижение в Поволжье',
};
