import { applicantActions } from './applicant-actions'

describe('applicantActions', () => {
  it('resubmits after 补正 and urges or withdraws while in progress', () => {
    expect(applicantActions('returned', true, {} as never)).toEqual(['resubmit', 'cancel', 'comment'])
    expect(applicantActions('in-progress', true, {} as never)).toEqual([
      'urge',
      'withdraw',
      'cancel',
      'comment',
    ])
  })
  it('follows the flow settings and gives others nothing', () => {
    expect(
      applicantActions('in-progress', true, { allowWithdraw: false, allowCancel: false } as never),
    ).toEqual(['urge', 'comment'])
    expect(applicantActions('in-progress', false, {} as never)).toEqual([])
    expect(applicantActions('completed', true, {} as never)).toEqual([])
  })
})
