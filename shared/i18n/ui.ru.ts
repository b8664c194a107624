import type { UiKey } from './ui.en';

export const uiRu: Record<UiKey, string> = {
  'app.title': 'Верстак системы продаж',
  'app.untitled': 'Новый проект',
  'app.loading': 'Открываем ваш проект…',
  'app.startFailed':
    'Не удалось запустить программу. Перезагрузите страницу — сохранённые проекты не затронуты.',
  'app.edition.desktop': 'Настольная версия',
  'app.edition.browser': 'Браузерная версия',
  'app.about': 'Верстак системы продаж {version}. Проектирование специализации системы продаж.',

  'dialog.ok': 'OK',

  'menu.file': 'Файл',
  'menu.edit': 'Правка',
  'menu.view': 'Вид',
  'menu.help': 'Справка',
  'menu.quit': 'Выход',
  'menu.devtools': 'Инструменты разработчика',

  'command.file.save': 'Сохранить',
  'command.edit.undo': 'Отменить',
  'command.edit.redo': 'Повторить',
  'command.view.fit': 'Показать всё',
  'command.view.zoomIn': 'Увеличить',
  'command.view.zoomOut': 'Уменьшить',
  'command.view.language': 'Русский / English',
  'command.view.theme': 'Следующая тема',
  'command.help.about': 'О программе',

  'toolbar.label': 'Основная панель',
  'toolbar.projectName': 'Название проекта',
  'toolbar.language': 'Язык интерфейса',
  'toolbar.theme': 'Тема',

  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'theme.contrast': 'Высокий контраст',

  'language.ru': 'Русский',
  'language.en': 'English',

  'canvas.label': 'Холст проекта системы продаж',
  'canvas.empty': 'Холст пуст. Здесь появятся функции, которые вы добавите.',

  'status.label': 'Состояние',
  'status.saved': 'Сохранено {time}',
  'status.unsaved': 'Есть несохранённые изменения',
  'status.saving': 'Сохраняем…',
  'status.neverSaved': 'Ещё не сохранено',
  'status.saveFailed':
    'Не сохранено: {reason}. Ваша работа на месте — попробуйте сохранить ещё раз.',
  'status.functions': 'Функций: {count}',

  'error.invalid-request': 'данные отклонены как некорректные',
  'error.not-found': 'проект не найден',
  'error.damaged': 'сохранённый файл повреждён',
  'error.storage-full': 'диск или хранилище браузера переполнены',
  'error.storage-unavailable': 'хранилище недоступно',
  'error.forbidden': 'запрос не разрешён',
  'error.internal': 'произошла непредвиденная ошибка',
  'error.openFailed': 'Не удалось открыть последний проект: {reason}. Начат новый проект.',
};
