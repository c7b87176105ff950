import { connect, mapProps, mapReadPretty } from '@formily/react'
import { PreviewText } from '@formily/antd-v5'
import { LoadingOutlined } from '@ant-design/icons'
import { Select, type RefSelectProps, type SelectProps } from 'antd'
import { forwardRef, useContext, useImperativeHandle, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { FormItemInputContext } from './antd-internals'
import { SelectFace } from './select-face'

/**
 * The props a face reproduces or leaves to the Select that replaces it (event handlers, popup
 * settings). Any other prop must be unset or `false` — so search, multiple, a clear button, custom
 * icons or rendering, a list opened from code or `readOnly` mount the real Select straight away.
 */
// prettier-ignore
const FACE_PROPS = new Set([
  'value', 'options', 'placeholder', 'disabled', 'size', 'status', 'variant', 'id', 'direction',
  'className', 'style', 'rootClassName', 'classNames', 'styles',
  'filterOption', 'optionFilterProp', 'notFoundContent', 'listHeight', 'virtual', 'placement',
  'popupMatchSelectWidth', 'dropdownMatchSelectWidth', 'getPopupContainer', 'popupClassName', 'dropdownStyle',
  'onChange', 'onSelect', 'onDeselect', 'onFocus', 'onBlur', 'onClear', 'onSearch', 'onOpenChange',
  'onDropdownVisibleChange', 'onPopupScroll', 'onMouseEnter', 'onMouseLeave', 'onClick', 'onKeyDown',
])

/** Whether the face can stand in for a Select with these props (exported for its test). */
export function faceCanShow(props: SelectProps & { readOnly?: boolean }): boolean {
  for (const [key, value] of Object.entries(props))
    if (!FACE_PROPS.has(key) && value !== undefined && value !== false) return false
  // An object value is a labelled value to rc-select, shown from its own label.
  return props.value === null || typeof props.value !== 'object'
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
  mapProps({ dataSource: 'options', loading: true }, (props, field) => {
    const state = field as { loading?: boolean; validating?: boolean } | undefined
    return {
      ...props,
      suffixIcon: state?.loading || state?.validating ? <LoadingOutlined /> : props.suffixIcon,
    }
  }),
  mapReadPretty(PreviewText.Select),
)
