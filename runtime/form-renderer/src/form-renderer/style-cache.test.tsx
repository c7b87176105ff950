import { StyleProvider } from '@ant-design/cssinjs'
import { render } from '@testing-library/react'
import { archiveForm, archiveMaterials, directoryData } from '../__fixtures__/archive-form'
import { createMemoryDirectory } from '../testing/memory-directory'
import { FormRenderer } from './form-renderer'
import { rendererStyleCache, STYLE_IN_PAGE } from './style-cache'

const directory = createMemoryDirectory(directoryData)
const form = <FormRenderer form={archiveForm} directory={directory} materials={archiveMaterials} />

/** How often antd's style elements' `innerHTML` is read while `run` runs (antd reads it to compare). */
function styleTextReads(run: () => void): number {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!
  let reads = 0
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...descriptor,
    get(this: Element) {
      if (this.tagName === 'STYLE' && this.hasAttribute('data-css-hash')) reads++
      return descriptor.get!.call(this)
    },
  })
  try {
    run()
  } finally {
    Object.defineProperty(Element.prototype, 'innerHTML', descriptor)
  }
  return reads
}

function styleIds(root: ParentNode): string[] {
  return [...root.querySelectorAll('style[data-css-hash]')].map((s) => s.getAttribute('data-css-hash')!).sort()
}

test('keeps what antd would drop when the last component using a style unmounts', () => {
  const cache = rendererStyleCache()
  cache.opUpdate('test%style', () => [1, 'css'])
  cache.opUpdate('test%style', () => null)
  expect(cache.opGet('test%style')).toEqual([0, 'css'])
  cache.opUpdate('test%style', (prev) => [(prev?.[0] ?? 0) + 1, prev?.[1]])
  expect(cache.opGet('test%style')).toEqual([1, 'css'])
})

test('the marker is the one antd uses for styles already in the page', () => {
  // A deep import on purpose: antd does not export it, and a renamed marker must fail here.
  const { CSS_FILE_STYLE } = require('@ant-design/cssinjs/lib/util/cacheMapUtil') as { CSS_FILE_STYLE: string }
  expect(STYLE_IN_PAGE).toBe(CSS_FILE_STYLE)
})

test('a second form mounts without antd re-checking its styles, and the styles stay in the page', () => {
  const first = render(form)
  const styles = styleIds(document.head)
  expect(styles.length).toBeGreaterThan(5)
  first.unmount()

  const reads = styleTextReads(() => {
    render(form).unmount()
  })
  expect(reads).toBe(0)
  expect(styleIds(document.head)).toEqual(styles)
})

test('a form in a shadow root gets its styles there, even after the same styles went to the document', () => {
  render(form).unmount()
  const host = document.createElement('div')
  document.body.append(host)
  const shadow = host.attachShadow({ mode: 'open' })
  const mount = document.createElement('div')
  shadow.append(mount)
  render(<StyleProvider container={shadow}>{form}</StyleProvider>, { container: mount })
  expect(styleIds(shadow)).toEqual(expect.arrayContaining(styleIds(document.head).slice(0, 3)))
  expect(styleIds(shadow).length).toBeGreaterThan(5)
})
