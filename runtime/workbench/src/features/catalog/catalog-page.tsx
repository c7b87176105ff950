import { StarFilled, StarOutlined } from '@ant-design/icons'
import { Button, Card, Col, Input, Row, Select, Space, Tabs, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { api } from '../../api/client'
import type { MatterSummary } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import {
  loadPreferences,
  savePreferences,
  toggleFavourite,
  type MatterPreferences,
} from '../../shared/matter-preferences'
import { PageState } from '../../shared/page-state'
import { useAsync } from '../../shared/use-async'
import { useReadySession } from '../auth/session'
import { distinct, filterMatters } from './filter-matters'

/** 事项目录: search by name/code/department/category; favourites and recent; start a case. */
export function CatalogPage() {
  const { t } = useI18n()
  const { me, directory } = useReadySession()
  const navigate = useNavigate()
  const userId = me.personId ?? me.username
  const [prefs, setPrefs] = useState<MatterPreferences>(() => loadPreferences(userId))
  const [q, setQ] = useState('')
  const [department, setDepartment] = useState<string>()
  const [category, setCategory] = useState<string>()
  const [tab, setTab] = useState('all')
  const { data, error, loading, reload } = useAsync(() => api.matters(), [])
  const matters = useMemo(() => data?.items ?? [], [data])

  const update = (next: MatterPreferences) => {
    setPrefs(next)
    savePreferences(userId, next)
  }
  const shown = useMemo(() => {
    const filtered = filterMatters(matters, { q, department, category }, directory.orgName)
    if (tab === 'favourites') return filtered.filter((m) => prefs.favourites.includes(m.id))
    if (tab === 'recent')
      return prefs.recent
        .map((id) => filtered.find((m) => m.id === id))
        .filter((m): m is MatterSummary => !!m)
    return filtered
  }, [matters, q, department, category, tab, prefs, directory])

  return (
    <div data-testid="catalog-page">
      <div className="page-title">
        <Typography.Title level={3}>{t('catalog.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('catalog.count', { n: shown.length })}</Typography.Text>
      </div>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={10}>
          <Input.Search
            allowClear
            placeholder={t('catalog.search')}
            onChange={(e) => setQ(e.target.value)}
            data-testid="catalog-search"
          />
        </Col>
        <Col xs={12} md={7}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: '100%' }}
            placeholder={t('catalog.department')}
            value={department}
            onChange={setDepartment}
            options={distinct(matters.map((m) => m.acceptingOrgId)).map((id) => ({
              value: id,
              label: directory.orgName(id),
            }))}
          />
        </Col>
        <Col xs={12} md={7}>
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('catalog.category')}
            value={category}
            onChange={setCategory}
            options={distinct(matters.map((m) => m.category)).map((c) => ({ value: c, label: c }))}
          />
        </Col>
      </Row>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'all', label: t('catalog.all') },
          { key: 'favourites', label: `${t('catalog.favourites')} (${prefs.favourites.length})` },
          { key: 'recent', label: t('catalog.recent') },
        ]}
      />
      <PageState
        loading={loading && !data}
        error={error}
        onRetry={reload}
        empty={shown.length === 0}
        emptyText={t('catalog.empty')}
      >
        <Row gutter={[12, 12]}>
          {shown.map((m) => {
            const fav = prefs.favourites.includes(m.id)
            return (
              <Col xs={24} md={12} lg={8} key={m.id}>
                <Card className="matter-card" data-testid="matter-card" data-code={m.code}>
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                      <Typography.Text strong>{m.name}</Typography.Text>
                      <Button
                        type="text"
                        size="small"
                        aria-label={fav ? t('catalog.unfavourite') : t('catalog.favourite')}
                        icon={fav ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
                        onClick={() => update(toggleFavourite(prefs, m.id))}
                        data-testid="favourite"
                      />
                    </Space>
                    <Typography.Text type="secondary">{m.code}</Typography.Text>
                    <Space wrap size={4}>
                      <Tag>{m.category}</Tag>
                      <Tag color="blue">{directory.orgName(m.acceptingOrgId)}</Tag>
                    </Space>
                    <Button
                      type="primary"
                      block
                      onClick={() => navigate(`/start/${m.id}`)}
                      data-testid="apply"
                    >
                      {t('catalog.apply')}
                    </Button>
                  </Space>
                </Card>
              </Col>
            )
          })}
        </Row>
      </PageState>
    </div>
  )
}
