/**
 * jsdom gaps antd needs: `matchMedia` (responsive grid), `ResizeObserver`, and `getComputedStyle`
 * (nwsapi throws on antd's `:where()` selectors inside it, see research/formily.md).
 */
if (typeof window !== 'undefined') installDomStubs()

function installDomStubs() {
  const original = window.getComputedStyle.bind(window)
  window.getComputedStyle = ((element: Element) => {
    try {
      return original(element)
    } catch {
      return { getPropertyValue: () => '' } as unknown as CSSStyleDeclaration
    }
  }) as typeof window.getComputedStyle

  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia

  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver

  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext']
}

// react-dom/server (used by the render bench) needs these; jsdom leaves them out.
import { TextDecoder, TextEncoder } from 'node:util'
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder
globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder
