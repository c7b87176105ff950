import { DownOutlined } from '@ant-design/icons'
import { ConfigProvider, type SelectProps } from 'antd'
import classNames from 'classnames'
import { forwardRef, useContext, useId, type MouseEvent, type ReactNode } from 'react'
import {
  DisabledContext,
  getMergedStatus,
  getStatusClassNames,
  useCompactItemContext,
  useComponentConfig,
  useCSSVarCls,
  useSelectStyle,
  useSize,
  useVariants,
} from './antd-internals'

export interface SelectFaceProps extends SelectProps {
  /** The user reached for the select: pointer over it or a touch (`hover`), a mouse press, or focus. */
  onActivate(how: 'hover' | 'press' | 'focus'): void
}

/**
 * What a closed, single-value antd 5 `Select` shows — the same elements, classes and styles —
 * without rc-select's hooks, the popup trigger and the two renders each Select takes to mount.
 * `DeferredSelect` shows this until the user reaches for the field and then mounts the real one.
 */
export const SelectFace = forwardRef<HTMLDivElement, SelectFaceProps>(function SelectFace(props, ref) {
  const { getPrefixCls, direction: contextDirection } = useContext(ConfigProvider.ConfigContext)
  const {
    style: contextStyle,
    styles: contextStyles,
    className: contextClassName,
    classNames: contextClassNames,
  } = useComponentConfig('select')
  const prefixCls = getPrefixCls('select', props.prefixCls)
  const direction = props.direction ?? contextDirection
  const { compactSize, compactItemClassnames } = useCompactItemContext(prefixCls, direction)
  const [variant, enableVariantCls] = useVariants('select', props.variant, props.bordered)
  const rootCls = useCSSVarCls(prefixCls)
  const [wrapCSSVar, hashId, cssVarCls] = useSelectStyle(prefixCls, rootCls)
  const size = useSize((ctx) => props.size ?? compactSize ?? ctx)
  const contextDisabled = useContext(DisabledContext)
  const disabled = props.disabled ?? contextDisabled
  const status = getMergedStatus(undefined, props.status)
  const generatedId = useId()
  const id = props.id ?? `rc_select_${generatedId.replace(/:/g, '')}`

  const item = shownItem(props.options, props.value)

  const className = classNames(
    prefixCls,
    {
      [`${prefixCls}-lg`]: size === 'large',
      [`${prefixCls}-sm`]: size === 'small',
      [`${prefixCls}-rtl`]: direction === 'rtl',
      [`${prefixCls}-${variant}`]: enableVariantCls,
    },
    getStatusClassNames(prefixCls, status, false),
    compactItemClassnames,
    contextClassName,
    props.className,
    contextClassNames?.root,
    props.classNames?.root,
    props.rootClassName,
    cssVarCls,
    rootCls,
    hashId,
    `${prefixCls}-single`,
    `${prefixCls}-show-arrow`,
    { [`${prefixCls}-disabled`]: disabled },
  )
  const style = { ...contextStyles?.root, ...props.styles?.root, ...contextStyle, ...props.style }
  const interactive = !disabled
  return wrapCSSVar(
    <div
      ref={ref}
      className={className}
      style={style}
      onMouseEnter={interactive ? () => props.onActivate('hover') : undefined}
      onTouchStart={interactive ? () => props.onActivate('hover') : undefined}
      onMouseDown={
        interactive
          ? (e: MouseEvent) => {
              // As rc-select does: the press opens the list, it does not focus the input.
              e.preventDefault()
              props.onActivate('press')
            }
          : undefined
      }
      onFocus={interactive ? () => props.onActivate('focus') : undefined}
    >
      <div className={`${prefixCls}-selector`}>
        <span className={`${prefixCls}-selection-wrap`}>
          <span className={`${prefixCls}-selection-search`}>
            <input
              type="search"
              id={id}
              autoComplete="off"
              className={`${prefixCls}-selection-search-input`}
              role="combobox"
              aria-expanded={false}
              aria-haspopup="listbox"
              aria-owns={`${id}_list`}
              aria-autocomplete="list"
              aria-controls={`${id}_list`}
              value=""
              readOnly
              // rc-select sets it too: the input only takes focus, typing goes nowhere.
              {...{ unselectable: 'on' }}
              style={{ opacity: 0 }}
              disabled={disabled}
            />
          </span>
          {item ? (
            <span className={`${prefixCls}-selection-item`} title={item.title}>
              {item.label}
            </span>
          ) : (
            <span className={`${prefixCls}-selection-placeholder`}>{props.placeholder}</span>
          )}
        </span>
      </div>
      <span
        className={`${prefixCls}-arrow`}
        style={{ userSelect: 'none', WebkitUserSelect: 'none' }}
        {...{ unselectable: 'on' }}
        aria-hidden
      >
        <DownOutlined className={`${prefixCls}-suffix`} />
      </span>
    </div>,
  )
})

type Options = NonNullable<SelectProps['options']>

/** What rc-select shows for a single raw value: the option's label (the value when it has none), and its title. */
function shownItem(
  options: SelectProps['options'],
  value: unknown,
): { label: ReactNode; title?: string } | undefined {
  if (value === undefined || value === null) return undefined
  const option = findOption(options ?? [], value)
  const label = (option?.label as ReactNode) ?? (value as ReactNode)
  const title = titleOf(option?.title) ?? titleOf(label)
  return title === undefined ? { label } : { label, title }
}

function findOption(options: Options, value: unknown): Options[number] | undefined {
  for (const option of options) {
    if (!option) continue
    if (Array.isArray(option.options)) {
      const found = findOption(option.options as Options, value)
      if (found) return found
    } else if (option.value === value) return option
  }
  return undefined
}

function titleOf(x: unknown): string | undefined {
  return typeof x === 'string' || typeof x === 'number' ? String(x) : undefined
}
