export function FormDesignerPage() {
  return <div style={{ padding: 24 }}>表单设计</div>
}
