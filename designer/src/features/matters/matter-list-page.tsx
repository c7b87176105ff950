export function MatterListPage() {
  return <div style={{ padding: 24 }}>事项库</div>
}
