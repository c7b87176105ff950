/** @jest-environment jsdom */
import '../../../shared/testing/jsdom-antd'
import { ConfigProvider } from 'antd'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nProvider } from '../../../shared/i18n'
import { DayFormModal } from './day-form-modal'

describe('DayFormModal', () => {
  it("puts the server's error on the field at fault and keeps the dialog open", async () => {
    const onSave = jest.fn(async () => ({
      fields: {
        kind: [
          {
            message: '2026-03-02 本是工作日，不能设为调休上班',
            messageEn: '2026-03-02 is already a working day',
          },
        ],
      },
    }))
    const onClose = jest.fn()
    render(
      <ConfigProvider button={{ autoInsertSpace: false }}>
        <I18nProvider locale="zh-CN">
          <DayFormModal
            target={{ day: { date: '2026-03-02', kind: 'workday', name: '调休' } }}
            year={2026}
            onSave={onSave}
            onClose={onClose}
          />
        </I18nProvider>
      </ConfigProvider>,
    )
    fireEvent.click(await screen.findByRole('button', { name: '保存' }))
    await waitFor(() => expect(screen.getByText('2026-03-02 本是工作日，不能设为调休上班')).toBeTruthy())
    expect(onSave).toHaveBeenCalledWith({ date: '2026-03-02', kind: 'workday', name: '调休' }, undefined)
    expect(onClose).not.toHaveBeenCalled()
  })

  it('closes when the save works', async () => {
    const onClose = jest.fn()
    render(
      <I18nProvider locale="en">
        <DayFormModal
          target={{ day: { date: '2026-01-01', kind: 'holiday' }, original: '2026-01-01' }}
          year={2026}
          onSave={async () => undefined}
          onClose={onClose}
        />
      </I18nProvider>,
    )
    expect(screen.getByText('Edit 2026-01-01')).toBeTruthy()
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
  })
})
