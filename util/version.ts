/** The toolkit's version (package.json "version"; test/package/version.test.ts keeps them equal). */
export const TOOLKIT_VERSION = '0.1.0';
