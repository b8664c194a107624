import { electronExecutable, SKIP_REASON } from './runtime';

/** The list reporter shows skipped tests without their reason; say it once, plainly. */
export default function announceSkip(): void {
  if (!electronExecutable()) console.log(`Desktop end-to-end tests skipped: ${SKIP_REASON}.`);
}
