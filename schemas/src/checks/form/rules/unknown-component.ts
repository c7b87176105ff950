import { issue } from '../../../common/issue'
import { getComponent } from '../../../registry/component-registry'
import type { FormCheck } from '../form-check'

const CODE = 'form.unknown-component'

/**
 * `x-component` and `x-decorator` name registered components only (built-ins plus what developers
 * register with `registerComponent`): the renderer has nothing else to draw.
 */
export const unknownComponent: FormCheck = {
  code: CODE,
  title: { 'zh-CN': '只使用已注册的组件', en: 'Only registered components' },
  run({ nodes }) {
    return nodes.flatMap((v) =>
      (['x-component', 'x-decorator'] as const).flatMap((key) => {
        const name = v.node[key]
        if (name === undefined || getComponent(name)) return []
        return [
          issue(`${v.pointer}/${key}`, CODE, `未注册的组件“${name}”`, `Unregistered component "${name}"`),
        ]
      }),
    )
  },
}
