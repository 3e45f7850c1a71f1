declare const __EARSHOT_BUILD__: string | undefined;

/**
 * This build of the extension (wxt.config.ts defines it: version + build time). The popup's
 * cached first paint is only painted by the build whose components made it
 * (lib/db/popup-snapshot.ts); the popup and the background both tag copies with it.
 * "dev" where no build defined it (unit tests).
 */
export const BUILD_ID: string = typeof __EARSHOT_BUILD__ === 'string' ? __EARSHOT_BUILD__ : 'dev';
