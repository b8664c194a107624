import type { ReportKey } from './report.en';

export const reportRu: Record<ReportKey, string> = {
  'report.title': 'Отчёт о специализации системы продаж',
  'report.subject': 'Функции системы продаж: ресурсы, уровни сервиса и финансовые цели',
  'report.keywords': 'система продаж, специализация, функции, KPI, точка безубыточности, Erlang C',
  'report.untitled': 'Проект без названия',
  'report.contents': 'Содержание',
  'report.pageOf': 'Стр. {page} из {pages}',
  'report.notSpecified': 'Не указано',
  'report.none': 'Нет',
  'report.yes': 'Да',
  'report.no': 'Нет',

  'report.cover.kicker': 'Специализация системы продаж',
  'report.cover.company': 'Компания',
  'report.cover.author': 'Подготовил',
  'report.cover.date': 'Дата',
  'report.cover.scope': 'Охват',
  'report.cover.scopeValue':
    'Функций: {functions} · ставок: {fte} · период планирования {months} мес.',
  'report.cover.note':
    'Подготовлено в Sales System Workbench. Все показатели рассчитаны по проекту тем же анализом, что и в приложении. Суммы в {currency}; затраты и эффекты — в месяц, если не отмечены как разовые.',

  'report.pageRef': 'с. {page}',
  'report.more': 'ещё {count}',
  'report.moreIn': '… и ещё {count}: см. раздел «{section}»',

  'report.decision.title': 'Предложение для решения',
  'report.decision.scopeCompany': 'продажи компании {company}',
  'report.decision.scopeProject': 'систему продаж «{name}»',
  'report.decision.proposal':
    'Предлагается организовать {scope} в виде {count, plural, one {# специализированной функции} few {# специализированных функций} many {# специализированных функций} other {# специализированной функции}} ({functions}) с численностью {fte} ст. на период планирования {months} мес.',
  'report.decision.proposalEmpty':
    'Предложения пока нет: в проекте «{name}» нет функций. Добавьте функции на схему, чтобы увидеть их затраты и эффект.',
  'report.decision.moreListed': 'ещё {count} — список в разделе «{section}»',
  'report.decision.withPurpose': '{name}: {purpose}',
  'report.decision.monthlyShort': 'в т. ч. {cost} на недостающие {fte} ст.',
  'report.decision.hireValue': '{fte} ст.',
  'report.decision.paybackNever': 'Никогда',
  'report.decision.paybackNeverNote': 'доход не покрывает ежемесячные затраты',
  'report.decision.paybackImmediate': 'Сразу',
  'report.decision.paybackImmediateNote': 'разовых затрат, которые надо вернуть, нет',
  'report.decision.hireNote':
    'нужно {required} ст. · поимённо {people, plural, one {# сотрудник} few {# сотрудника} many {# сотрудников} other {# сотрудника}}',
  'report.decision.basis':
    'Функции, которым не хватает штата для уровня сервиса, посчитаны с нужным им штатом. Незаполненные затраты и прибыль функций с неполной финансовой целью в итоги не вошли.',
  'report.decision.errors': 'Открытые ошибки',
  'report.decision.error': '{where}: {message}',
  'report.decision.noErrors': 'Проверки проекта не нашли ошибок.',
  'report.decision.otherChecks': 'Также открыто: {checks}',
  'report.decision.warnings':
    '{count, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}',
  'report.decision.notes':
    '{count, plural, one {# заметка} few {# заметки} many {# заметок} other {# заметки}}',
  'report.decision.short': 'Не хватает штата для уровня сервиса',
  'report.decision.shortItem':
    '{function}: нужно {needed} ст., на обращения назначено {assigned} ст.; посчитано с {needed} ст. (на {cost} в месяц больше)',
  'report.decision.pays': 'Какие функции окупаются',
  'report.decision.paysItem': 'Окупаются при нужном штате: {count} из {assessed}{names}',
  'report.decision.notPaysItem': 'Не окупаются: {count} из {assessed}{names}',
  'report.decision.unknownItem':
    'Финансовая цель задана не полностью: {count, plural, one {# функция} few {# функции} many {# функций} other {# функции}}{names}',
  'report.decision.names': ' — {names}',
  'report.decision.shortMark': '{name} (не хватает штата)',

  'report.summary.title': 'Краткое резюме',
  'report.summary.functions': 'Функции',
  'report.summary.fte': 'Численность, ставок',
  'report.summary.openErrors': 'Открытые ошибки проекта',
  'report.summary.openWarnings': 'предупреждений: {count}',
  'report.summary.noFunctions':
    'В проекте пока нет функций. Добавьте функции на схему — здесь появятся их затраты, штат и финансовый эффект.',
  'report.summary.errorsOpen':
    'Открытых ошибок проекта: {count}; они перечислены в разделе «{section}».',
  'report.summary.noErrors': 'Открытых ошибок проекта нет.',

  'report.diagram.title': 'Схема системы продаж',
  'report.diagram.intro':
    'Функции в том виде, в каком они расположены на схеме. В каждом блоке сказано, окупается ли функция при целевом росте; цветная кромка повторяет это (зелёная — окупается, красная — не окупается, серо-синяя — данных недостаточно). Номера на связях отсылают к списку подписей связей под схемой.',
  'report.diagram.empty': 'В проекте нет функций для схемы.',
  'report.diagram.part': 'Схема системы продаж — часть {part} из {parts}',
  'report.diagram.overview':
    'Схема не помещается на одну страницу: каждый пронумерованный фрагмент показан на отдельной странице; в указателе после этой страницы — часть и страница каждой функции.',
  'report.diagram.index': 'Где найти функцию на схеме',
  'report.diagram.indexFunction': 'Функция',
  'report.diagram.indexPlace': 'Часть, страница',
  'report.diagram.indexEntry': 'часть {part}, с. {page}',
  'report.diagram.notes': 'Подписи связей',
  'report.diagram.noteElsewhere': '{label} (связь с функцией {function}, часть {part})',
  'report.diagram.pays': 'Окупается',
  'report.diagram.doesNotPay': 'Не окупается',
  'report.diagram.notEnoughData': 'Окупаемость: данных недостаточно',
  'report.diagram.kpi': 'KPI «{name}»: {target}',
  'report.diagram.moreKpis':
    'и ещё {count, plural, one {# KPI} few {# KPI} many {# KPI} other {# KPI}} в разделе функции',
  'report.diagram.fte': '{fte} ст.',
  'report.diagram.costPerMonth': '{cost} в мес.',
  'report.diagram.owner': 'Владелец: {name}',

  'report.functions.title': 'Функции',
  'report.functions.intro':
    'Каждая функция разобрана по четырём категориям: человеческие ресурсы, технические ресурсы, бизнес-процесс и финансовый результат. Окупаемость функции оценена при штате, который нужен для её уровня сервиса.',
  'report.functions.none': 'В проекте нет функций.',
  'report.functions.column.function': 'Функция',
  'report.functions.column.owner': 'Владелец',
  'report.functions.column.fte': 'Ставок',
  'report.functions.column.monthlyCost': 'Затраты в мес.',
  'report.functions.column.breakEven': 'Безубыт. рост',
  'report.functions.column.target': 'Цель',
  'report.functions.column.pays': 'Окупается',

  'report.functions.shortPays': '{pays}, не хватает штата',
  'report.fn.title': '{number}. {name}',
  'report.fn.type': 'Тип',
  'report.fn.status': 'Статус',
  'report.fn.owner': 'Ответственный владелец',
  'report.fn.group': 'Команда',
  'report.fn.purpose': 'Назначение',
  'report.fn.links': 'Связи',
  'report.fn.linkTo': 'К функции {function} — {kind}',
  'report.fn.linkFrom': 'От функции {function} — {kind}',
  'report.fn.steps': 'Бизнес-процесс: ключевые шаги',
  'report.fn.noSteps': 'Шаги процесса не описаны.',

  'report.human.title': 'Человеческие ресурсы',
  'report.human.role': 'Роль',
  'report.human.fte': 'Ставок',
  'report.human.dedicated': 'Занятость',
  'report.human.costPerFte': 'Стоимость ставки',
  'report.human.monthly': 'В месяц',
  'report.human.none': 'Роли не назначены.',
  'report.human.people': 'Сотрудники',
  'report.human.allocation': '{name} ({percent})',

  'report.tech.title': 'Технические ресурсы',
  'report.tech.line': 'Телефонная линия',
  'report.tech.purpose': 'Назначение',
  'report.tech.coverage': 'Часов в неделю',
  'report.tech.monthly': 'В месяц',
  'report.tech.noLines': 'Телефонных линий нет.',
  'report.tech.tool': 'Инструмент',
  'report.tech.kind': 'Вид',
  'report.tech.oneOff': 'Разово',
  'report.tech.noTools': 'Других инструментов нет.',

  'report.process.title': 'Бизнес-процесс: уровни сервиса',
  'report.process.metric': 'KPI',
  'report.process.target': 'Цель',
  'report.process.measurement': 'Как измеряется',
  'report.process.breach': 'При нарушении',
  'report.process.none': 'KPI не заданы: процесс пока не измеряется.',
  'report.process.noSource': 'источник не выбран',
  'report.process.noBreachOwner': 'ответственный не назначен',

  'report.staffing.demand': 'Поток запросов',
  'report.staffing.demandValue':
    '{requests, plural, one {# запрос} few {# запроса} many {# запросов} other {# запроса}} в час, обработка {handling}',
  'report.staffing.target': 'Уровень сервиса',
  'report.staffing.peak': 'Самый загруженный час',
  'report.staffing.peakValue':
    '{peak} от среднего часа, которому нужно {agents, plural, one {# сотрудник} few {# сотрудника} many {# сотрудников} other {# сотрудника}}',
  'report.staffing.targetValue': '{level} запросов — ответ не позже {time}',
  'report.staffing.fteNeeded': 'Нужно ставок (потери времени {shrinkage}, {hours} ч в неделю)',
  'report.staffing.fteAssigned': 'Ставок на ответы на обращения',
  'report.staffing.achieved': 'Уровень сервиса при назначенном штате',
  'report.staffing.short':
    'Штата не хватает: для уровня сервиса нужно {needed} ст., назначено {assigned} ст.',
  'report.staffing.enough': 'Назначенный штат обеспечивает уровень сервиса при заданной нагрузке.',

  'report.finance.title': 'Финансовый результат',
  'report.finance.baseline': 'Базовая выручка в месяц',
  'report.finance.margin': 'Валовая маржа',
  'report.finance.owner': 'Отвечает за результат',
  'report.finance.pays': 'Функция окупается',
  'report.finance.paysText':
    'Целевой рост {target} не ниже безубыточного {breakEven}: чистый эффект {net} в месяц.',
  'report.finance.doesNotPay': 'Функция не окупается',
  'report.finance.doesNotPayText':
    'Целевой рост {target} ниже безубыточного {breakEven}: повысьте цель или снизьте затраты.',
  'report.finance.incomplete': 'Финансовая цель задана не полностью',
  'report.finance.incompleteText': 'Укажите {fields}, чтобы оценить окупаемость функции.',
  'report.finance.costIncomplete': 'Затраты на работу известны не полностью',
  'report.finance.costIncompleteText':
    'Финансовая цель задана, но затраты на работу неизвестны: укажите {parts}, чтобы оценить окупаемость функции.',
  'report.finance.bothIncomplete': 'Финансовая цель и затраты на работу заданы не полностью',
  'report.finance.bothIncompleteText':
    'Укажите {fields}, а также {parts}, чтобы оценить окупаемость функции.',
  'report.finance.missing.baseline': 'базовую выручку',
  'report.finance.missing.growth': 'целевой рост',
  'report.finance.missing.margin': 'валовую маржу',
  'report.finance.missing.staff': 'стоимость персонала',
  'report.finance.missing.lines': 'стоимость линий',
  'report.finance.missing.tools': 'стоимость инструментов',

  'report.finance.atNeededStaff': 'Расчёт с нужным штатом',
  'report.finance.atNeededStaffText':
    'Недостающие для ответов на обращения {fte} ст. стоят {cost} в месяц: текущие затраты {run}, чистый эффект {net} в месяц, безубыточный рост {breakEven}. Так функция учтена на странице решения.',
  'report.checks.title': 'Открытые замечания проверки',
  'report.checks.intro': 'Ошибок: {error}, предупреждений: {warning}, заметок: {info}.',
  'report.checks.severity': 'Важность',
  'report.checks.element': 'Где',
  'report.checks.message': 'Что не так и что сделать',
  'report.checks.none': 'Проверки проекта не нашли открытых замечаний.',
  'report.checks.project': 'Проект в целом',

  'report.appendix.title': 'Допущения и формулы',
  'report.appendix.intro':
    'Показатели отчёта рассчитаны так, как описано ниже. Суммы округлены до целых единиц валюты только при выводе.',
  'report.appendix.runCostFormula':
    '∑ (ставки × стоимость ставки) + телефонные линии + ежемесячная стоимость инструментов. Разовые затраты — разовая стоимость инструментов.',
  'report.appendix.profitFormula': 'базовая выручка в месяц × целевой рост × валовая маржа.',
  'report.appendix.net': 'Чистый эффект, окупаемость, отдача',
  'report.appendix.netFormula':
    'чистый эффект в месяц = дополнительная валовая прибыль − текущие затраты; окупаемость = разовые затраты ÷ чистый эффект в месяц, а при постепенном выходе на целевой рост — месяц, когда накопленная прибыль (равномерно растущая до цели) покроет разовые затраты и текущие затраты за это время; отдача за период планирования = (прибыль − затраты) ÷ затраты, где прибыль = дополнительная валовая прибыль × мес. за вычетом того, что ещё не набрано при выходе на целевой рост, а затраты = текущие затраты × мес. + разовые затраты.',
  'report.appendix.breakEvenFormula':
    'текущие затраты ÷ (базовая выручка × валовая маржа): рост, который нужен функции, только чтобы окупить себя. Функция окупается, если её целевой рост не ниже этого значения.',
  'report.appendix.erlang': 'Штат (Erlang C)',
  'report.appendix.erlangFormula':
    'трафик A = запросы в час × время обработки в минутах ÷ 60. При N > A операторов вероятность ожидания равна Erlang C(N, A), а уровень сервиса — 1 − P(ожидания) × e^(−(N − A) × цель ÷ время обработки). Наименьшее N, обеспечивающее уровень сервиса, делится на (1 − потери времени) и умножается на часы покрытия ÷ {hours} оплачиваемых часов одной ставки в неделю, затем округляется вверх до половины ставки.',
  'report.appendix.period': 'Период планирования',
  'report.appendix.periodValue': '{months} мес., первый месяц — {start}',
  'report.appendix.currency': 'Валюта',

  'report.total': 'Итого',
  'report.summary.payingCount': 'Окупающиеся функции',
  'report.summary.payingValue': '{paying} из {assessed}',
  'report.summary.incompleteCosts':
    'Функций с незаполненными затратами: {count}; в итоги вошли только указанные у них затраты: {names}.',
  'report.summary.incompleteProfit':
    'Функций с неполной финансовой целью: {count}; их дополнительная прибыль не вошла в итоги: {names}.',
  'report.summary.categories': 'Итоги по категориям',
  'report.summary.category': 'Категория',
  'report.summary.keyFigures': 'Ключевые показатели',
  'report.summary.perMonth': 'В месяц',
  'report.atLeast': '≥ {amount}',
  'report.costsMissing':
    '{count, plural, one {# расход не указан} few {# расхода не указаны} many {# расходов не указаны} other {# расхода не указаны}}',
  'report.summary.humanFigures':
    '{fte} ст., из них выделенных {dedicated} ст.; сотрудников поимённо: {people}',
  'report.summary.technicalFigures':
    'Телефонных линий: {lines}; инструментов: {tools}; разовые затраты {oneOff}',
  'report.summary.processFigures':
    'Шагов процесса: {steps}; KPI: {kpis}, из них измеряются автоматически: {automated}; функций с нехваткой штата: {short}',
  'report.summary.financialFigures':
    'Базовая выручка {baseline} в месяц, дополнительная валовая прибыль {profit} в месяц; чистый результат за {period} мес.: {periodNet}',
  'report.staffing.shortTitle': 'Штата не хватает для уровня сервиса',
  'report.appendix.settings': 'Настройки проекта',
  'report.appendix.formulas': 'Формулы',
  'report.appendix.contractedHours': 'Оплачиваемых часов одной ставки в неделю',

  'report.scenarios.scenario': 'Сценарий',
  'report.scenarios.compared': 'Сравниваемые сценарии',
  'report.scenarios.recommended': 'Рекомендуемый сценарий',
  'report.scenarios.noneRecommended': 'Рекомендуемый не отмечен',
  'report.scenarios.recommendedColumn': '(рекомендуемый)',
  'report.scenarios.recommendedMark': '{name} (рекомендуемый)',
  'report.scenarios.decisionTitle': '{title}: «{name}»',
  'report.scenarios.decisionRecommended':
    'На этой странице — рекомендуемый сценарий «{name}»; все сравниваемые сценарии ({count}) — в разделе «{section}»',
  'report.scenarios.decisionFirst':
    'Рекомендуемый сценарий не отмечен, поэтому на этой странице — «{name}», первый из выбранных; все сравниваемые сценарии ({count}) — в разделе «{section}»',
  'report.scenarios.comparisonTitle': 'Сравнение сценариев',
  'report.scenarios.comparisonIntro':
    'Каждый сценарий посчитан со штатом, нужным для уровня сервиса, как на странице решения. Разница указана относительно «{reference}»; «лучше» и «хуже» — для компании: ниже затраты, число ошибок и срок окупаемости, выше прибыль и отдача.',
  'report.scenarios.figure': 'Показатель',
  'report.scenarios.difference': '{difference}, {verdict}',
  'report.scenarios.better': 'лучше',
  'report.scenarios.worse': 'хуже',
  'report.scenarios.same': 'без изменений',
  'report.scenarios.points': '{value} п. п.',
  'report.scenarios.functionsHeading': 'Функции «{name}» в сравнении с «{reference}»',
  'report.scenarios.noDifferences': 'Те же функции, что и в «{reference}».',
  'report.scenarios.differenceCounts':
    'Функций добавлено: {added} · убрано: {removed} · изменено: {changed}',
  'report.scenarios.added': 'Добавлена: {function}',
  'report.scenarios.removed': 'Убрана: {function}',
  'report.scenarios.changed': 'Изменена: {function} — {aspects}',
  'report.scenarios.moreIn': '… и ещё {count}: см. раздел «{section}» сценария «{name}»',
  'report.scenarios.partTitle': 'Сценарий «{name}»',
  'report.scenarios.partTitleRecommended': 'Сценарий «{name}», рекомендуемый',
  'report.scenarios.partIntro': 'Следующие главы описывают сценарий «{name}».',
  'report.scenarios.choose': 'Сценарии в отчёте',
  'report.scenarios.recommendedTag': '★ рекомендуемый',
  'report.scenarios.chooseHint':
    'Если выбрать два и больше, отчёт сначала сравнит их, а затем опишет каждый.',
  'report.scenarios.noneChosen': 'Выберите хотя бы один сценарий.',
};
