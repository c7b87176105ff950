import { Type, type Static } from '@sinclair/typebox'
import { DateTime, Id } from '../common/primitives'
import { FlowDocument, FlowLayout } from '../flow/flow.schema'
import { FormDocument } from '../form/form.schema'
import { Matter } from '../matter/matter.schema'

/**
 * A matter version frozen for execution: the standard elements, the form and the flow together.
 * A case pins one bundle for its whole life; publishing makes a new one.
 */
export const MatterBundle = Type.Object(
  {
    /** Format version of this document. */
    bundleFormat: Type.Literal(1),
    matter: Matter,
    form: FormDocument,
    flow: FlowDocument,
    layout: Type.Optional(FlowLayout),
    /** Set when published: the immutable version number and who froze it. */
    version: Type.Integer({ minimum: 0 }),
    publishedAt: Type.Optional(DateTime),
    publishedBy: Type.Optional(Id),
    /** Release notes written at publish. */
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
)
export type MatterBundle = Static<typeof MatterBundle>
