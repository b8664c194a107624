/** The hyphen package's per-language entry points (CommonJS, no bundled types). */
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string }): string;
}
declare module 'hyphen/ru' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
declare module 'hyphen/en-us' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
