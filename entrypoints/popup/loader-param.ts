/** The benchmark compares loaders with popup.html?loader=naive; the popup itself never sets it. */
export function loaderFromUrl(): string | null {
  return new URLSearchParams(globalThis.location?.search ?? '').get('loader');
}
