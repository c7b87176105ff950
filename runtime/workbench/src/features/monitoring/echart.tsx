import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

// Only the chart types and components the dashboard draws: keeps the bundle small.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/**
 * One ECharts chart: created on mount, updated with the option, resized with its box, disposed on
 * unmount. `onClick(dataIndex)` for a click on a bar or point (the drill-down).
 */
export function EChart(props: {
  option: echarts.EChartsCoreOption
  height: number
  onClick?(dataIndex: number): void
  testId?: string
}) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts>()
  const onClick = useRef(props.onClick)
  onClick.current = props.onClick

  useEffect(() => {
    const el = box.current
    if (!el) return
    const c = echarts.init(el, undefined, { renderer: 'canvas' })
    chart.current = c
    c.on('click', (p) => {
      if (typeof p.dataIndex === 'number') onClick.current?.(p.dataIndex)
    })
    const observer = new ResizeObserver(() => c.resize())
    observer.observe(el)
    return () => {
      observer.disconnect()
      c.dispose()
      chart.current = undefined
    }
  }, [])
  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true })
  }, [props.option])

  return (
    <div
      ref={box}
      data-testid={props.testId}
      style={{ width: '100%', height: props.height, cursor: props.onClick ? 'pointer' : undefined }}
    />
  )
}
