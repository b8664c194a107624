import type { LibraryFirstKey } from './library-first.en';

export const libraryFirstRu: Record<LibraryFirstKey, string> = {
  'library.failed': 'Не получилось: {reason}.',
  'library.advice.storage-full':
    'Освободите место (очистите корзину или освободите место на диске) и повторите.',
  'library.advice.storage-unavailable':
    'Хранилище сейчас недоступно (приватное окно или заблокированные данные сайта). Ничего не потеряно; повторите, когда оно станет доступно.',
  'library.unsavedEditor':
    'В открытом проекте «{name}» есть изменения, которые не удалось сохранить: {reason}. Вернитесь к нему и сохраните, прежде чем открывать другой проект.',
  'library.openFailed': 'Не удалось открыть «{name}»: {reason}.',
  'library.startup.settings-reset':
    'Файл настроек был повреждён, поэтому он отложен и создан заново: язык, тема и список недавних проектов вернулись к исходным. Ваши проекты не пострадали — все они перечислены здесь.',
  'library.startup.index-rebuilt':
    'Список проектов был повреждён и восстановлен по самим файлам проектов. Ни один проект не потерян.',
  'library.lastMissing': 'Последнего открытого проекта больше нет в библиотеке. Выберите другой.',
  'library.notice.migrated':
    'Проект был записан старой версией (формат {version}) и обновлён; исходный файл сохранён как резервная копия.',
  'library.command.library': 'Проекты…',
  'library.command.newProject': 'Новый проект…',
  'library.command.importProject': 'Импорт файла проекта…',
  'library.command.exportProject': 'Экспорт файла проекта…',
  'library.command.versions': 'Версии…',
  'library.time.today': 'сегодня в {time}',
  'library.time.yesterday': 'вчера в {time}',
  'library.size.kilobytes': '{size} КБ',
  'library.opening.text': 'Открываем «{file}»…',
  'library.opening.cancel': 'Отмена',
  'library.window.saved': '{name} — {app}',
  'library.window.unsaved': '• {name} — {app}',
  'library.window.failed': '⚠ {name} (не сохранён) — {app}',
};
