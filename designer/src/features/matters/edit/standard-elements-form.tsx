import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd'
import type { Channel, Matter } from '@tongban/schemas'
import { useI18n } from '../../../shared/i18n'
import { OrgSelect, RoleSelect } from '../../flow-designer/panels/directory/directory-select'
import { MaterialsTable } from './materials-table'

interface Props {
  matter: Matter
  onChange(matter: Matter, field: string): void
}

/** 事项标准化要素: identity, accepting organisation, applicant scope, legal basis, materials, limits, channels. */
export function StandardElementsForm({ matter, onChange }: Props) {
  const { tx } = useI18n()
  const set = <K extends keyof Matter>(key: K, value: Matter[K] | undefined) => {
    const next = { ...matter }
    if (value === undefined || value === '') delete next[key]
    else next[key] = value
    onChange(next, String(key))
  }
  const scope = matter.applicantScope
  return (
    <Form layout="vertical" size="small" data-testid="standard-elements">
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={tx('事项编码', 'Code')}>
            <Input value={matter.code} disabled />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={tx('事项名称', 'Name')} required>
            <Input value={matter.name} onChange={(e) => set('name', e.target.value)} data-testid="matter-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={tx('类别', 'Category')} required>
            <Input value={matter.category} onChange={(e) => set('category', e.target.value)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={tx('说明', 'Description')}>
        <Input.TextArea rows={2} value={matter.description} onChange={(e) => set('description', e.target.value)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={tx('受理单位', 'Accepting organisation')} required>
            <OrgSelect value={matter.acceptingOrgId} onChange={(v) => set('acceptingOrgId', v)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={tx('地区', 'Region')}>
            <Input value={matter.regionId} disabled />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={tx('申请对象', 'Who may apply')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            value={scope.kind}
            onChange={(kind) => set('applicantScope', { kind, ...(scope.description ? { description: scope.description } : {}) })}
            options={[
              { value: 'any-organisation', label: tx('所有机关单位', 'Any organisation') },
              { value: 'organisations', label: tx('指定单位及下级', 'Named organisations') },
              { value: 'regions', label: tx('指定地区', 'Named regions') },
              { value: 'org-roles', label: tx('持有指定角色的人员', 'People with given roles') },
            ]}
          />
          {(scope.kind === 'organisations' || scope.kind === 'regions') && (
            <Select mode="tags" value={scope.orgIds ?? []} onChange={(orgIds) => set('applicantScope', { ...scope, orgIds })} placeholder={tx('单位或地区 id', 'organisation or region ids')} />
          )}
          {scope.kind === 'org-roles' && <RoleSelect multiple value={scope.roles ?? []} onChange={(roles) => set('applicantScope', { ...scope, roles: roles as string[] })} />}
          <Input placeholder={tx('补充说明', 'Note')} value={scope.description} onChange={(e) => set('applicantScope', { ...scope, description: e.target.value || undefined })} />
        </Space>
      </Form.Item>
      <Form.Item label={tx('设定依据', 'Legal basis')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {matter.legalBasis.map((l, i) => (
            <Space.Compact key={i} style={{ width: '100%' }}>
              <Input placeholder={tx('法规名称', 'Title')} value={l.title} onChange={(e) => set('legalBasis', matter.legalBasis.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))} />
              <Input placeholder={tx('条款', 'Article')} style={{ width: 140 }} value={l.article} onChange={(e) => set('legalBasis', matter.legalBasis.map((x, j) => (j === i ? { ...x, article: e.target.value || undefined } : x)))} />
              <Button danger onClick={() => set('legalBasis', matter.legalBasis.filter((_, j) => j !== i))}>×</Button>
            </Space.Compact>
          ))}
          <Button size="small" type="dashed" onClick={() => set('legalBasis', [...matter.legalBasis, { title: '新依据' }])}>
            {tx('添加依据', 'Add')}
          </Button>
        </Space>
      </Form.Item>
      <Form.Item label={tx('申请材料', 'Materials')}>
        <MaterialsTable value={matter.materials} onChange={(m) => set('materials', m)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={tx('承诺时限（工作日）', 'Promised limit (working days)')} required>
            <InputNumber min={1} max={365} value={matter.timeLimits.promisedDays} onChange={(v) => set('timeLimits', { ...matter.timeLimits, promisedDays: v ?? 1 })} data-testid="promised-days" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={tx('法定时限（工作日）', 'Legal limit (working days)')}>
            <InputNumber min={1} max={365} value={matter.timeLimits.legalDays} onChange={(v) => set('timeLimits', { ...matter.timeLimits, legalDays: v ?? undefined })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={tx('黄牌预警比例', 'Yellow card at')}>
            <InputNumber min={0.1} max={0.95} step={0.05} value={matter.timeLimits.yellowAt} onChange={(v) => set('timeLimits', { ...matter.timeLimits, yellowAt: v ?? undefined })} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={tx('办理渠道', 'Channels')}>
            <Checkbox.Group
              value={matter.channels}
              onChange={(v) => (v as Channel[]).length && set('channels', v as Channel[])}
              options={[
                { value: 'web', label: tx('网页端', 'Web') },
                { value: 'mobile', label: tx('移动端', 'Mobile') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={tx('收费', 'Fee charged')}>
            <Switch checked={!!matter.fee?.charged} onChange={(charged) => set('fee', charged ? { charged } : undefined)} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  )
}
