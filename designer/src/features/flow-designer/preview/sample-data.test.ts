import { archiveLookup } from '../../../fixtures'
import { sampleData } from './sample-data'

describe('sampleData', () => {
  it('gives each field its default or a typed blank, layout included', () => {
    expect(sampleData(archiveLookup.form)).toEqual({
      applicant: '',
      department: '',
      phone: '',
      purpose: '',
      classified: false,
      secrecyLevel: '',
      records: [],
    })
  })
})
