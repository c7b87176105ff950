import { parityFixtures } from '../parity/parity-fixtures'
import { listFields } from './list-fields'

const { form } = parityFixtures()[0]!

describe('listFields', () => {
  test('lists data fields in form order; layout containers and table columns hold no data', () => {
    expect(listFields(form).map((f) => f.path)).toEqual([
      'applicantName',
      'phone',
      'idNumber',
      'applyType',
      'companyName',
      'creditCode',
      'age',
      'email',
      'purpose',
      'qty',
      'price',
      'total',
      'members',
      'members.*.memberName',
      'members.*.memberPhone',
      'records',
      'records.*.archiveNo',
      'records.*.copies',
      'interests',
      'opinion',
    ])
  })

  test('describes each field', () => {
    const byPath = new Map(listFields(form).map((f) => [f.path, f]))
    expect(byPath.get('applicantName')).toMatchObject({ title: '申请人', type: 'string', required: true, binding: 'applicant.name' })
    expect(byPath.get('total')).toMatchObject({ type: 'number', computed: true, linked: true })
    expect(byPath.get('applyType')!.options).toEqual(['personal', 'company'])
    expect(byPath.get('members.*.memberName')).toMatchObject({ inArray: true, required: true, name: 'memberName' })
    expect(byPath.get('idNumber')).toMatchObject({ sensitive: true, component: 'IdCardInput' })
  })
})
