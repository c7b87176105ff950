import { Type, type Static } from '@sinclair/typebox'
import { Id, NonEmptyString } from '../common/primitives'

export const MatterStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('published'),
  Type.Literal('retired'),
])
export type MatterStatus = Static<typeof MatterStatus>

export const Channel = Type.Union([Type.Literal('web'), Type.Literal('mobile')])
export type Channel = Static<typeof Channel>

/** 申请材料. */
export const Material = Type.Object(
  {
    id: Id,
    name: NonEmptyString(100),
    required: Type.Boolean(),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    /** Blank template to download (attachment id or path served by the platform). */
    template: Type.Optional(NonEmptyString(300)),
    /** The system can supply it from data it already holds (减材料); the applicant need not upload. */
    systemSupplied: Type.Boolean(),
    /** Where the system takes it from, e.g. `directory.person`, `case-library`, a data service name. */
    source: Type.Optional(NonEmptyString(100)),
    /** Accepted file extensions, lower case without dot. */
    accept: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9]{1,8}$' }))),
    maxSizeMb: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 500 })),
  },
  { additionalProperties: false },
)
export type Material = Static<typeof Material>

/** Who may apply (申请对象). */
export const ApplicantScope = Type.Object(
  {
    kind: Type.Union([
      Type.Literal('any-organisation'),
      Type.Literal('organisations'),
      Type.Literal('regions'),
      Type.Literal('org-roles'),
    ]),
    /** For `organisations` / `regions`: these organisations and everything under them. */
    orgIds: Type.Optional(Type.Array(Id)),
    /** For `org-roles`: people holding one of these organisation roles. */
    roles: Type.Optional(Type.Array(Id)),
    description: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
)
export type ApplicantScope = Static<typeof ApplicantScope>

/** 设定依据. */
export const LegalBasis = Type.Object(
  {
    title: NonEmptyString(200),
    article: Type.Optional(Type.String({ maxLength: 100 })),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
  },
  { additionalProperties: false },
)
export type LegalBasis = Static<typeof LegalBasis>

/** 法定时限 / 承诺时限 in working days. The promised limit may not exceed the legal one. */
export const TimeLimits = Type.Object(
  {
    legalDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    promisedDays: Type.Integer({ minimum: 1, maximum: 365 }),
    /** Share of the limit at which the yellow card shows (default 0.8). */
    yellowAt: Type.Optional(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 })),
  },
  { additionalProperties: false },
)
export type TimeLimits = Static<typeof TimeLimits>

/**
 * 事项 with its standard elements (事项标准化要素). This is the catalog entry; the form and flow
 * travel with it in a {@link MatterBundle}.
 */
export const Matter = Type.Object(
  {
    id: Id,
    /** 事项编码, unique per region, e.g. `LS-DA-001`. */
    code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,39}$' }),
    name: NonEmptyString(100),
    shortName: Type.Optional(NonEmptyString(40)),
    category: NonEmptyString(40),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    /** 受理单位. */
    acceptingOrgId: Id,
    /** The region this matter is deployed in. */
    regionId: Id,
    applicantScope: ApplicantScope,
    legalBasis: Type.Array(LegalBasis),
    materials: Type.Array(Material),
    timeLimits: TimeLimits,
    fee: Type.Optional(
      Type.Object(
        { charged: Type.Boolean(), description: Type.Optional(Type.String({ maxLength: 300 })) },
        { additionalProperties: false },
      ),
    ),
    channels: Type.Array(Channel, { minItems: 1, uniqueItems: true }),
    status: MatterStatus,
    /** Latest published version number; 0 before the first publish. */
    version: Type.Integer({ minimum: 0 }),
    /** A regional variant names the standard matter it derives from (city standard → county variant). */
    variantOf: Type.Optional(Id),
    /** Working-day calendar used for limits; the platform default when absent. */
    calendarId: Type.Optional(Id),
    tags: Type.Optional(Type.Array(NonEmptyString(20))),
  },
  { additionalProperties: false },
)
export type Matter = Static<typeof Matter>
