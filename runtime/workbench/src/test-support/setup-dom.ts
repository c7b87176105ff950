/**
 * jsdom has no media queries and antd reads them (responsive grid, breakpoints): one stub for every
 * jsdom test file. Node-environment tests have no window and get nothing.
 */
if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
}
