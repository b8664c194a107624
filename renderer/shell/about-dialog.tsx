import { useT, useWorkbench } from '../state/workbench-context';
import { HelpDialog } from '../help/help-dialog';

declare const __APP_VERSION__: string;

/** Help › About: what the workbench is for, where projects are kept, its version. */
export function AboutDialog(props: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { port } = useWorkbench();
  return (
    <HelpDialog
      open={props.open}
      onClose={props.onClose}
      title={t('app.title')}
      testId="about-dialog"
    >
      <p>{t('about.text')}</p>
      <p>{t(`about.storage.${port.edition}`)}</p>
      <p className="help-intro">{t('about.version', { version: __APP_VERSION__ })}</p>
    </HelpDialog>
  );
}
