// The browser build (dist/browser.js): the same public API as the package, with
// every dependency and the bundled rules inside one ES module.
export * from './index.js';
