/**
 * tsconfig.pure.json resolves every browser-only module (wxt, #imports, the
 * webextension polyfill, preact, components/, entrypoints/, utils/dom/,
 * utils/settings) to this empty module, so a pure file that imports one fails
 * the pure type check ("has no exported member ...") instead of quietly
 * pulling the DOM library in through that module's types.
 */
export {};
