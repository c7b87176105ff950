import type { SeedResult } from './seed-examples'

/** The text printed at start: where everything is and how to log in. */
export function welcomeText(
  baseUrl: string,
  apps: { workbench: boolean; designer: boolean },
  seed: SeedResult | null,
): string {
  const lines = [
    '',
    '协同办 Tongban 已启动 / is running',
    `  办事工作台 Workbench : ${baseUrl}/${apps.workbench ? '' : '   (未构建 / not built)'}`,
    `  事项设计器 Designer  : ${baseUrl}/designer/${apps.designer ? '' : '   (未构建 / not built)'}`,
    `  接口文档 API docs    : ${baseUrl}/api/docs   (OpenAPI: ${baseUrl}/api/openapi.json)`,
    `  健康检查 Health      : ${baseUrl}/healthz`,
  ]
  if (seed) {
    lines.push(
      '',
      `  已载入示例数据 / seeded the examples: ${seed.people} 人 people, ${seed.matters} 个事项 matters`,
      `  登录 Log in: 用户名 admin（或任一示例人员的用户名）/ username admin (or any example person's)`,
      seed.generated
        ? `  密码 Password: ${seed.password}    ← 仅显示这一次，请记下 / shown only now, write it down`
        : '  密码 Password: TONGBAN_DEMO_PASSWORD 的值 / the value of TONGBAN_DEMO_PASSWORD',
    )
  } else {
    lines.push('', '  登录 Log in: 使用已有账号（示例数据首次启动时载入） / use your existing accounts')
  }
  return lines.join('\n') + '\n'
}
