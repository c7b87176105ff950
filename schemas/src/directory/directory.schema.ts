import { Type, type Static } from '@sinclair/typebox'
import { Id, NonEmptyString } from '../common/primitives'

/** Platform roles decide what a person may do in Tongban itself. */
export const PlatformRole = Type.Union([
  Type.Literal('admin'),
  Type.Literal('designer'),
  Type.Literal('clerk'),
  Type.Literal('approver'),
  Type.Literal('supervisor'),
  Type.Literal('auditor'),
])
export type PlatformRole = Static<typeof PlatformRole>
export const PLATFORM_ROLES: readonly PlatformRole[] = [
  'admin',
  'designer',
  'clerk',
  'approver',
  'supervisor',
  'auditor',
]

/** Region > department > office. A region may contain regions (city > county/district/zone). */
export const OrganisationKind = Type.Union([
  Type.Literal('region'),
  Type.Literal('department'),
  Type.Literal('office'),
])
export type OrganisationKind = Static<typeof OrganisationKind>

export const RegionLevel = Type.Union([
  Type.Literal('province'),
  Type.Literal('city'),
  Type.Literal('county'),
  Type.Literal('district'),
  Type.Literal('zone'),
])
export type RegionLevel = Static<typeof RegionLevel>

/** A leader by level (分管领导): oversees some organisations below the one it belongs to. */
export const Leader = Type.Object(
  {
    personId: Id,
    /** 1 = first deputy, 2 = second … (order of precedence). */
    rank: Type.Integer({ minimum: 1 }),
    title: Type.Optional(NonEmptyString(60)),
    /** Organisations this leader is in charge of (分管); empty = general. */
    oversees: Type.Optional(Type.Array(Id)),
  },
  { additionalProperties: false },
)
export type Leader = Static<typeof Leader>

/** 单位 / 部门 / 科室: one node of the organisation tree. */
export const Organisation = Type.Object(
  {
    id: Id,
    name: NonEmptyString(100),
    shortName: Type.Optional(NonEmptyString(40)),
    kind: OrganisationKind,
    /** Only for `kind: 'region'`. */
    regionLevel: Type.Optional(RegionLevel),
    parentId: Type.Union([Id, Type.Null()]),
    /** Organisation code (统一社会信用代码 or internal code). */
    code: Type.Optional(NonEmptyString(40)),
    /** 负责人. */
    headId: Type.Optional(Id),
    leaders: Type.Optional(Type.Array(Leader)),
    order: Type.Optional(Type.Integer()),
    status: Type.Union([Type.Literal('active'), Type.Literal('inactive')]),
  },
  { additionalProperties: false },
)
export type Organisation = Static<typeof Organisation>

/** 职务: a position a person holds in an organisation. */
export const Position = Type.Object(
  {
    code: Id,
    name: NonEmptyString(40),
    /** Higher is more senior (科员 1 … 局长 6). */
    level: Type.Integer({ minimum: 0, maximum: 20 }),
  },
  { additionalProperties: false },
)
export type Position = Static<typeof Position>

/** A role defined for organisations (档案管理员, 财务负责人 …), granted per organisation. */
export const OrganisationRole = Type.Object(
  {
    code: Id,
    name: NonEmptyString(40),
    description: Type.Optional(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
)
export type OrganisationRole = Static<typeof OrganisationRole>

export const Membership = Type.Object(
  {
    orgId: Id,
    positionCode: Id,
    /** The organisation a person acts for by default (applicant's department). */
    primary: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type Membership = Static<typeof Membership>

export const OrgRoleGrant = Type.Object({ role: Id, orgId: Id }, { additionalProperties: false })
export type OrgRoleGrant = Static<typeof OrgRoleGrant>

/** 人员. */
export const Person = Type.Object(
  {
    id: Id,
    username: Type.String({ pattern: '^[a-z0-9_.-]{2,40}$' }),
    name: NonEmptyString(40),
    phone: Type.Optional(Type.String({ pattern: '^1\\d{10}$|^0\\d{2,3}-?\\d{7,8}$' })),
    email: Type.Optional(Type.String({ format: 'email' })),
    memberships: Type.Array(Membership, { minItems: 1 }),
    roles: Type.Array(PlatformRole),
    orgRoles: Type.Optional(Type.Array(OrgRoleGrant)),
    status: Type.Union([Type.Literal('active'), Type.Literal('inactive')]),
  },
  { additionalProperties: false },
)
export type Person = Static<typeof Person>

/** Everything the 人员库/单位库 holds; the import/export format of the directory. */
export const DirectoryDocument = Type.Object(
  {
    organisations: Type.Array(Organisation),
    people: Type.Array(Person),
    positions: Type.Array(Position),
    orgRoles: Type.Array(OrganisationRole),
  },
  { additionalProperties: false },
)
export type DirectoryDocument = Static<typeof DirectoryDocument>
