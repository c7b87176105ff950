import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import type { CalendarDay } from '../../../api'
import { pickMessage, useI18n } from '../../../shared/i18n'
import type { Problem } from '../model/edit-days'

/** What saving answered: nothing when it worked, else problems on the fields and elsewhere. */
export interface SaveOutcome {
  fields?: Partial<Record<'date' | 'kind' | 'name', Problem[]>>
  other?: Problem[]
}

interface Values {
  date: Dayjs | null
  kind: CalendarDay['kind']
  name?: string
}

interface Props {
  /** The day being edited (`original` set) or the proposed new one. */
  target?: { day: Partial<CalendarDay> & { date?: string }; original?: string }
  year: number
  onSave(day: CalendarDay, original?: string): Promise<SaveOutcome | undefined>
  onClose(): void
}

/**
 * Add or edit one adjusted day (date, type 法定节假日/调休上班, name). The server checks the year;
 * its answer lands on the field at fault, in the interface language.
 */
export function DayFormModal({ target, year, onSave, onClose }: Props) {
  const { tx, locale } = useI18n()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [other, setOther] = useState<Problem[]>([])
  useEffect(() => {
    if (!target) return
    setOther([])
    form.resetFields()
    form.setFieldsValue({
      date: target.day.date ? dayjs(target.day.date) : null,
      kind: target.day.kind ?? 'holiday',
      name: target.day.name ?? '',
    })
  }, [target, form])

  const submit = async () => {
    const v = await form.validateFields()
    setBusy(true)
    setOther([])
    try {
      const outcome = await onSave(
        { date: v.date!.format('YYYY-MM-DD'), kind: v.kind, ...(v.name ? { name: v.name } : {}) },
        target?.original,
      )
      if (!outcome) return onClose()
      form.setFields(
        (['date', 'kind', 'name'] as const).map((name) => ({
          name,
          errors: (outcome.fields?.[name] ?? []).map((p) => pickMessage(locale, p)),
        })),
      )
      setOther(outcome.other ?? [])
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={!!target}
      title={
        target?.original
          ? tx(`编辑 ${target.original}`, `Edit ${target.original}`)
          : tx('添加节假日或调休上班日', 'Add a holiday or make-up working day')
      }
      okText={tx('保存', 'Save')}
      cancelText={tx('取消', 'Cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" data-testid="day-form" onFinish={() => void submit()}>
        <Form.Item
          name="date"
          label={tx('日期', 'Date')}
          rules={[{ required: true, message: tx('请选择日期', 'Pick a date') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            format="YYYY-MM-DD"
            defaultPickerValue={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() !== year}
            data-testid="day-date"
          />
        </Form.Item>
        <Form.Item name="kind" label={tx('类型', 'Type')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'holiday', label: tx('法定节假日（休）', 'Public holiday (休)') },
              { value: 'workday', label: tx('调休上班（班）', 'Make-up working day (班)') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={tx('名称', 'Name')}
          extra={tx('如：春节、国庆节调休', 'e.g. Spring Festival, National Day make-up')}
          rules={[{ max: 40, message: tx('名称最多 40 个字', 'At most 40 characters') }]}
        >
          <Input allowClear maxLength={60} data-testid="day-name" />
        </Form.Item>
      </Form>
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={tx(
            '本年其他日期有问题，未保存',
            'Other dates of the year have problems: nothing was saved',
          )}
          description={other.map((p) => pickMessage(locale, p)).join('；')}
        />
      )}
    </Modal>
  )
}
