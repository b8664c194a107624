import type { DomainLaterKey } from './domain-later.en';

export const domainLaterRu: Record<DomainLaterKey, string> = {
  'status.idea': 'Идея',
  'status.planned': 'Запланирована',
  'status.approved': 'Утверждена',
  'status.live': 'Работает',

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

  'analysis.fte': 'Численность, ставок',
  'analysis.humanMonthly': 'Затраты на персонал в месяц',
  'analysis.linesMonthly': 'Телефонные линии в месяц',
  'analysis.toolsMonthly': 'Инструменты в месяц',
  'analysis.runMonthly': 'Ежемесячные затраты',
  'analysis.oneOff': 'Разовые затраты',
  'analysis.incrementalProfit': 'Дополнительная валовая прибыль в месяц',
  'analysis.netMonthly': 'Чистый эффект в месяц',
  'analysis.periodNet': 'Чистый результат за период планирования',
  'analysis.roi': 'Рентабельность вложений за период планирования',
  'analysis.payback':
    'Окупаемость: когда прибыль нарастающим итогом покроет разовые и текущие затраты',
  'analysis.breakEven': 'Рост безубыточности',

  // Показатели решения для проекта в целом (shared/compare/figure-labels.ts).
  'figure.requiredFte': 'Ставок нужно для уровня сервиса',
  'figure.hireFte': 'Нужно нанять',
  'figure.payback': 'Окупаемость проекта',
  'figure.roi': 'Отдача за {months} мес.',
  'figure.periodNet': 'Чистый результат за {months} мес.',
  'figure.errors': 'Открытые ошибки',
  'figure.warnings': 'Открытые предупреждения',
  'analysis.breakEvenOverPeriod':
    'Рост безубыточности за период планирования с учётом разовых затрат',
  'analysis.targetGrowth': 'Целевой рост',
  'analysis.pays.yes': 'Окупается: целевой рост покрывает безубыточность',
  'analysis.pays.no': 'Не окупается: целевой рост ниже безубыточного',
  'analysis.pays.unknown': 'Недостаточно данных, чтобы оценить окупаемость',
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
  'check.list.more': 'ещё {count}',
  'check.person.over-allocated':
    '{person}: загрузка {total}\u00a0% в функциях {functions}. Снизьте загрузку до 100\u00a0% или назначьте другого сотрудника.',
};
