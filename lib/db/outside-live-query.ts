/**
 * Runs `fn` in a fresh task, i.e. outside any Dexie zone (a liveQuery's
 * subscription, a transaction): what it reads is not tracked, and it may
 * open rw transactions. The promise is wrapped with Promise.resolve as
 * Dexie asks for non-Dexie promises awaited inside a liveQuery querier.
 */
export function outsideLiveQuery<T>(fn: () => Promise<T>): Promise<T> {
  return Promise.resolve(
    new Promise<T>((resolve, reject) => {
      setTimeout(() => void fn().then(resolve, reject), 0);
    }),
  );
}
