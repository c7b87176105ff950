import {
  dashboardUrl,
  drillDownUrl,
  filterQuery,
  narrowToPeriod,
  periodEnd,
  readDrillDown,
  readFilter,
} from './dashboard-filter'

describe('dashboard filter', () => {
  it('reads the filter from the URL, dropping malformed dates and empty values', () => {
    const f = readFilter(new URLSearchParams('from=2026-03-01&to=March&orgId=yx-daj&matterId=&x=1'))
    expect(f).toEqual({ from: '2026-03-01', orgId: 'yx-daj' })
    expect(filterQuery({ regionId: 'xc', orgId: '' })).toEqual({ regionId: 'xc' })
  })

  it('round-trips a drill-down through its URL', () => {
    const url = drillDownUrl({
      filter: { from: '2026-03-01', matterId: 'm-yx-da-001' },
      measure: 'late',
      nodeId: 'accept',
    })
    expect(url).toBe('/monitoring/cases?from=2026-03-01&matterId=m-yx-da-001&measure=late&nodeId=accept')
    const back = readDrillDown(new URLSearchParams(url.split('?')[1]))
    expect(back).toEqual({
      filter: { from: '2026-03-01', matterId: 'm-yx-da-001' },
      measure: 'late',
      nodeId: 'accept',
    })
  })

  it('falls back to every case for an unknown measure', () => {
    expect(readDrillDown(new URLSearchParams('measure=bogus')).measure).toBe('all')
    expect(dashboardUrl({})).toBe('/monitoring')
    expect(dashboardUrl({ orgId: 'yx-daj' })).toBe('/monitoring?orgId=yx-daj')
  })

  it('knows where a month, an ISO week and a day end (leap year, year end)', () => {
    expect(periodEnd('month', '2024-02-01')).toBe('2024-02-29')
    expect(periodEnd('month', '2026-12-01')).toBe('2026-12-31')
    expect(periodEnd('week', '2026-12-28')).toBe('2027-01-03')
    expect(periodEnd('day', '2026-03-02')).toBe('2026-03-02')
  })

  it('narrows a trend click to its bucket inside the chosen range', () => {
    expect(narrowToPeriod({ orgId: 'hr' }, 'month', '2026-03-01')).toEqual({
      orgId: 'hr',
      from: '2026-03-01',
      to: '2026-03-31',
    })
    // The range starts mid-month: the first bucket keeps the range's own start.
    expect(narrowToPeriod({ from: '2026-03-10', to: '2026-03-20' }, 'month', '2026-03-01')).toEqual({
      from: '2026-03-10',
      to: '2026-03-20',
    })
  })
})
