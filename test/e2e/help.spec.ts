import { expect, test } from '@playwright/test';
import { COMMANDS } from '../../shared/commands/commands';
import { translate } from '../../shared/i18n';
// The test process checks the help against the English catalog.
import '../../shared/i18n/all';
import { openProjectFile } from './seed';

test.describe('help', () => {
  test.beforeEach(async ({ page }) => {
    await openProjectFile(page, 'shared/samples/specialised-sales.en.json', 'en');
  });

  test('? shows every command with its keys; Ctrl+/ too; typed in a field it is a character', async ({
    page,
  }) => {
    await page.getByTestId('function-node').filter({ hasText: 'Events' }).click();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    // Every command of the registry is there, with its keys as the keyboard shows them.
    for (const command of COMMANDS) {
      await expect(
        sheet.getByRole('rowheader', { name: translate('en', command.labelKey), exact: true }),
      ).toHaveCount(1);
    }
    const save = sheet.getByRole('row', { name: /^Save/ });
    await expect(save).toContainText('Ctrl+S');
    await expect(sheet.getByRole('row', { name: /^Redo/ })).toContainText('Ctrl+Shift+Z or Ctrl+Y');
    await expect(sheet.getByRole('row', { name: /^Move selection left/ })).toContainText('Left');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    await page.keyboard.press('Control+/');
    await expect(sheet).toBeVisible();
    await sheet.getByRole('button', { name: 'Close' }).click();
    await expect(sheet).toBeHidden();

    // In the project name, "?" is typed, not a shortcut.
    const name = page.getByRole('textbox', { name: 'Project name' });
    await name.click();
    await name.press('End');
    await page.keyboard.type('?');
    await expect(name).toHaveValue('Specialised sales system?');
    await expect(sheet).toBeHidden();
  });

  test('the glossary opens from Help (the command list) and at its term from an info button', async ({
    page,
  }) => {
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: 'Command palette' }).fill('glossary');
    await page.keyboard.press('Enter');
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await expect(glossary).toBeVisible();
    for (const term of ['Break-even growth', 'FTE', 'Erlangs', 'Erlang C', 'Service level']) {
      await expect(glossary.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(glossary).toBeHidden();

    // The break-even figure of a function: its info button tells the term and opens it.
    await page.getByTestId('function-node').filter({ hasText: 'Key accounts' }).click();
    const info = page
      .getByTestId('inspector')
      .getByRole('button', { name: 'What is “Break-even growth”?' })
      .first();
    await expect(info).toHaveAttribute('title', /pays the function’s monthly run cost/);
    await info.click();
    await expect(glossary).toBeVisible();
    await expect(glossary.locator('.glossary-current')).toContainText('Break-even growth');
    await expect(glossary.locator('.glossary-current')).toBeInViewport();
  });
});
