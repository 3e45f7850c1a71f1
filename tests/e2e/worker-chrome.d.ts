/**
 * The part of the service worker's `chrome` API that end-to-end tests call inside
 * workerEval() bodies (they run in the extension's worker, not in Node).
 */
declare const chrome: {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  storage: {
    sync: { set(items: object): Promise<void>; get(keys?: string | string[]): Promise<Record<string, unknown>> };
    local: { set(items: object): Promise<void>; get(keys?: string | string[]): Promise<Record<string, unknown>> };
  };
};
