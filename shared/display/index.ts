/** How figures and names read, in one place for the canvas, inspector, report and CLI. */
export { displayFor, type Display } from './display';
export { plainText } from './plain-text';
