/**
 * Whether an element's text is drawn whole: its text's width (a Range, to the fraction of a
 * pixel) within its box. Runs in the page (`locator.evaluate(textFitsBox)`). scrollWidth rounds,
 * and a box narrower by a fraction of a pixel still cuts the text with an ellipsis.
 */
export function textFitsBox(element: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect().width <= element.getBoundingClientRect().width + 0.01;
}
