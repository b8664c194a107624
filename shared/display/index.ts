/** How figures and names read, in one place for the canvas, inspector, report and CLI. */
export { displayFor, MINUTE_DIGITS, NOT_AVAILABLE, type Display } from './display';
