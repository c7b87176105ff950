export function FlowDesignerPage() {
  return <div style={{ padding: 24 }}>流程设计</div>
}
