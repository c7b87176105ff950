import { connect, mapProps, mapReadPretty } from '@formily/react'
import { PreviewText } from '@formily/antd-v5'
import { LoadingOutlined } from '@ant-design/icons'
import { Select, type RefSelectProps, type SelectProps } from 'antd'
import { forwardRef, useContext, useImperativeHandle, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { FormItemInputContext } from './antd-internals'
import { SelectFace } from './select-face'

/**
 * The props a face reproduces; with any other prop set (search, multiple, clear button, custom
 * icons or rendering, opened from code…) the real Select is mounted straight away. Event handlers
 * are listed: the face does not call them, the Select that replaces it on first touch does.
 */
// prettier-ignore
const FACE_PROPS = new Set([
  'value', 'options', 'placeholder', 'disabled', 'readOnly', 'size', 'status', 'variant', 'id', 'direction',
  'className', 'style', 'rootClassName', 'classNames', 'styles',
  'loading', 'suffixIcon', 'children', 'showSearch', 'allowClear', 'mode', 'open', 'defaultOpen', 'autoFocus',
  'filterOption', 'optionFilterProp', 'notFoundContent', 'listHeight', 'virtual', 'placement',
  'popupMatchSelectWidth', 'dropdownMatchSelectWidth', 'getPopupContainer', 'popupClassName', 'dropdownStyle',
  'onChange', 'onSelect', 'onDeselect', 'onFocus', 'onBlur', 'onClear', 'onSearch', 'onOpenChange',
  'onDropdownVisibleChange', 'onPopupScroll', 'onMouseEnter', 'onMouseLeave', 'onClick', 'onKeyDown',
])
// Of the above, these must be unset (or false) for the face.
const OFF_FOR_FACE = [
  'readOnly',
  'loading',
  'showSearch',
  'allowClear',
  'open',
  'defaultOpen',
  'autoFocus',
] as const

/** Whether the face can stand in for a Select with these props (exported for its test). */
export function faceCanShow(props: SelectProps & { readOnly?: boolean }): boolean {
  for (const key of Object.keys(props)) {
    if ((props as Record<string, unknown>)[key] === undefined) continue
    if (!FACE_PROPS.has(key)) return false
  }
  if (OFF_FOR_FACE.some((key) => props[key])) return false
  // An object value is a labelled value to rc-select, shown from its own label.
  if (props.value !== null && typeof props.value === 'object') return false
  return props.mode === undefined && props.suffixIcon === undefined && props.children === undefined
}

/**
 * antd's `Select`, mounted when first reached for. A closed Select costs about three times an
 * Input to mount (rc-select's hooks, the popup trigger, and two renders each: rc-select and the
 * trigger both keep mount-time DOM in state), which dominated the first render of forms with many
 * selects. Until the pointer enters it, a touch or press lands on it or focus reaches it, a static
 * face with antd's markup stands in; then the real Select takes its place — focused if focus
 * brought it, open if a press did — and stays.
 */
export const DeferredSelect = forwardRef<RefSelectProps, SelectProps & { readOnly?: boolean }>(
  function DeferredSelect(props, ref) {
    const [live, setLive] = useState<false | 'hover' | 'press' | 'focus'>(false)
    const faceRef = useRef<HTMLDivElement>(null)
    const selectRef = useRef<RefSelectProps>(null)
    // Inside an antd Form.Item the Select also shows the item's status and feedback icon.
    const formItem = useContext(FormItemInputContext)
    const showFace =
      !live && faceCanShow(props) && !formItem.status && !formItem.hasFeedback && !formItem.isFormItemInput
    useImperativeHandle(
      ref,
      () =>
        showFace
          ? {
              focus: () => setLive('focus'),
              blur: () => undefined,
              scrollTo: () => undefined,
              nativeElement: faceRef.current as HTMLElement,
            }
          : (selectRef.current as RefSelectProps),
      [showFace],
    )
    const activate = (how: 'hover' | 'press' | 'focus') => {
      if (how === 'hover') {
        // Mounted now, so the press that follows is the Select's own (a continuous-priority update
        // could still be pending when the mouse button goes down).
        flushSync(() => setLive('hover'))
      } else if (how === 'press') {
        // After this mousedown has finished: mounted during it, the Select's window listener for
        // presses outside would see this one (on the face, now gone) and close the list at once.
        setTimeout(() => setLive((current) => current || 'press'))
      } else setLive('focus')
    }
    if (showFace) return <SelectFace {...props} ref={faceRef} onActivate={activate} />
    return (
      <Select
        {...props}
        ref={selectRef}
        {...(live === 'focus' || live === 'press' ? { autoFocus: true } : {})}
        {...(live === 'press' ? { defaultOpen: true } : {})}
      />
    )
  },
)

/** `@formily/antd-v5`'s Select (same props mapping and read-only view) over `DeferredSelect`. */
export const FormilySelect = connect(
  DeferredSelect,
  mapProps({ dataSource: 'options', loading: true }, (props, field) => ({
    ...props,
    suffixIcon:
      (field as { loading?: boolean; validating?: boolean } | undefined)?.loading ||
      (field as { validating?: boolean } | undefined)?.validating ? (
        <LoadingOutlined />
      ) : (
        props.suffixIcon
      ),
  })),
  mapReadPretty(PreviewText.Select),
)
