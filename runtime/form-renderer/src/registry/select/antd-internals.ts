/**
 * The antd 5 internals the Select face needs to compute the same class names as antd's Select
 * (antd 5 is feature-frozen; `antd` is pinned to ~5.29). Kept in one file so an upgrade has one
 * place to look; `select-face.test.tsx` compares the face with antd's own markup and fails when
 * they drift. `antd/es/...` is what the apps bundle; jest maps it to `antd/lib/...` (one copy).
 */
export { default as DisabledContext } from 'antd/es/config-provider/DisabledContext'
export { useComponentConfig } from 'antd/es/config-provider/context'
export { default as useCSSVarCls } from 'antd/es/config-provider/hooks/useCSSVarCls'
export { default as useSize } from 'antd/es/config-provider/hooks/useSize'
export { FormItemInputContext } from 'antd/es/form/context'
export { default as useVariants } from 'antd/es/form/hooks/useVariants'
export { default as useSelectStyle } from 'antd/es/select/style'
export { useCompactItemContext } from 'antd/es/space/Compact'
export { getMergedStatus, getStatusClassNames } from 'antd/es/_util/statusUtils'
