import { Type, type Static, type TSchema } from '@sinclair/typebox'

/**
 * The subset of Formily's JSON schema (ISchema) that Tongban supports. Anything outside it is
 * rejected, not ignored: a designer-authored form can only do what this contract allows.
 *
 * Expressions appear as strings of the form `"{{ … }}"` and are written in the safe expression
 * language (see `expression/`). Inside them a bare name is a top-level form field; `$self`,
 * `$deps`, `$values`, `$record`, `$index`, `$applicant`, `$node` and `$case` are the context.
 */

/** A field name: usable as a bare name in expressions. */
export const FIELD_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]{0,63}$'

/** Values a designer may bind a field to; the runtime fills them from the directory (减材料). */
export const DirectoryBinding = Type.Union([
  Type.Literal('applicant.id'),
  Type.Literal('applicant.name'),
  Type.Literal('applicant.phone'),
  Type.Literal('applicant.email'),
  Type.Literal('applicant.position'),
  Type.Literal('applicant.orgId'),
  Type.Literal('applicant.orgName'),
  Type.Literal('applicant.regionId'),
  Type.Literal('applicant.regionName'),
  Type.Literal('today'),
])
export type DirectoryBinding = Static<typeof DirectoryBinding>
export const DIRECTORY_BINDINGS: readonly DirectoryBinding[] = [
  'applicant.id',
  'applicant.name',
  'applicant.phone',
  'applicant.email',
  'applicant.position',
  'applicant.orgId',
  'applicant.orgName',
  'applicant.regionId',
  'applicant.regionName',
  'today',
]

const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean()])
const Option = Type.Union([
  Scalar,
  Type.Object({ label: Type.String(), value: Scalar }, { additionalProperties: false }),
])

/** A value that may also be an expression string `"{{ … }}"`. */
const Exprable = <T extends TSchema>(t: T) =>
  Type.Union([t, Type.String({ pattern: '^\\s*\\{\\{[\\s\\S]*\\}\\}\\s*$' })])

export const ReactionState = Type.Object(
  {
    visible: Type.Optional(Exprable(Type.Boolean())),
    hidden: Type.Optional(Exprable(Type.Boolean())),
    display: Type.Optional(
      Exprable(Type.Union([Type.Literal('visible'), Type.Literal('hidden'), Type.Literal('none')])),
    ),
    required: Type.Optional(Exprable(Type.Boolean())),
    disabled: Type.Optional(Exprable(Type.Boolean())),
    readOnly: Type.Optional(Exprable(Type.Boolean())),
    editable: Type.Optional(Exprable(Type.Boolean())),
    pattern: Type.Optional(
      Exprable(
        Type.Union([
          Type.Literal('editable'),
          Type.Literal('disabled'),
          Type.Literal('readOnly'),
          Type.Literal('readPretty'),
        ]),
      ),
    ),
    value: Type.Optional(Type.Unknown()),
    dataSource: Type.Optional(Exprable(Type.Array(Option))),
    title: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
)
export type ReactionState = Static<typeof ReactionState>

const ReactionOutcome = Type.Object(
  {
    state: Type.Optional(ReactionState),
    schema: Type.Optional(
      Type.Object(
        {
          'x-visible': Type.Optional(Exprable(Type.Boolean())),
          'x-disabled': Type.Optional(Exprable(Type.Boolean())),
          required: Type.Optional(Exprable(Type.Boolean())),
          enum: Type.Optional(Exprable(Type.Array(Option))),
          title: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

/**
 * Declarative linkage only (`dependencies` + `when` + `fulfill`/`otherwise`). No `run`, no
 * function-valued reactions: nothing a designer writes becomes executable code.
 */
export const Reaction = Type.Object(
  {
    dependencies: Type.Optional(
      Type.Union([Type.Array(Type.String({ minLength: 1 })), Type.Record(Type.String(), Type.String())]),
    ),
    /** Active reaction: the field this reaction changes (default: the field it sits on). */
    target: Type.Optional(Type.String({ minLength: 1 })),
    when: Type.Optional(Exprable(Type.Boolean())),
    fulfill: Type.Optional(ReactionOutcome),
    otherwise: Type.Optional(ReactionOutcome),
  },
  { additionalProperties: false },
)
export type Reaction = Static<typeof Reaction>

/**
 * A validator: the name of a format or a registered rule (`"phone"`, `"idcard"`), or an object of
 * built-in constraints. Registered rules appear as `{ "idcard": true, "message": "…" }`.
 */
export const ValidatorDescription = Type.Union([
  Type.String({ minLength: 1 }),
  Type.Object(
    {
      format: Type.Optional(Type.String()),
      pattern: Type.Optional(Type.String()),
      required: Type.Optional(Type.Boolean()),
      min: Type.Optional(Type.Number()),
      max: Type.Optional(Type.Number()),
      minimum: Type.Optional(Type.Number()),
      maximum: Type.Optional(Type.Number()),
      exclusiveMinimum: Type.Optional(Type.Number()),
      exclusiveMaximum: Type.Optional(Type.Number()),
      len: Type.Optional(Type.Integer({ minimum: 0 })),
      minLength: Type.Optional(Type.Integer({ minimum: 0 })),
      maxLength: Type.Optional(Type.Integer({ minimum: 0 })),
      whitespace: Type.Optional(Type.Boolean()),
      message: Type.Optional(Type.String()),
      triggerType: Type.Optional(
        Type.Union([Type.Literal('onInput'), Type.Literal('onBlur'), Type.Literal('onFocus')]),
      ),
    },
    { additionalProperties: Type.Boolean() },
  ),
])
export type ValidatorDescription = Static<typeof ValidatorDescription>

/** Tongban's own annotations on a form node. */
export const TongbanFieldMeta = Type.Object(
  {
    /** Auto-fill from the directory; the renderer marks bound values as such. */
    binding: Type.Optional(DirectoryBinding),
    /** Value computed by a reaction: stripped from submissions and recomputed on the server. */
    computed: Type.Optional(Type.Boolean()),
    /** Id of a field from the standard-field library this field was created from. */
    standardField: Type.Optional(Type.String({ maxLength: 64 })),
    /** Personal data: masked in lists and exports. */
    sensitive: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type TongbanFieldMeta = Static<typeof TongbanFieldMeta>

export const FormNodeType = Type.Union([
  Type.Literal('string'),
  Type.Literal('number'),
  Type.Literal('integer'),
  Type.Literal('boolean'),
  Type.Literal('object'),
  Type.Literal('array'),
  Type.Literal('void'),
])

export const FormNode = Type.Recursive(
  (This) =>
    Type.Object(
      {
        type: Type.Optional(FormNodeType),
        title: Type.Optional(Type.String({ maxLength: 200 })),
        description: Type.Optional(Type.String({ maxLength: 1000 })),
        default: Type.Optional(Type.Unknown()),
        enum: Type.Optional(Type.Array(Option)),
        required: Type.Optional(Type.Union([Type.Boolean(), Type.Array(Type.String())])),
        format: Type.Optional(Type.String({ maxLength: 40 })),
        pattern: Type.Optional(Type.String({ maxLength: 500 })),
        minLength: Type.Optional(Type.Integer({ minimum: 0 })),
        maxLength: Type.Optional(Type.Integer({ minimum: 0 })),
        minimum: Type.Optional(Type.Number()),
        maximum: Type.Optional(Type.Number()),
        exclusiveMinimum: Type.Optional(Type.Number()),
        exclusiveMaximum: Type.Optional(Type.Number()),
        minItems: Type.Optional(Type.Integer({ minimum: 0 })),
        maxItems: Type.Optional(Type.Integer({ minimum: 0 })),
        readOnly: Type.Optional(Type.Boolean()),
        'x-index': Type.Optional(Type.Number()),
        'x-component': Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
        'x-component-props': Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        'x-decorator': Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
        'x-decorator-props': Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        'x-content': Type.Optional(Type.String({ maxLength: 2000 })),
        'x-display': Type.Optional(
          Type.Union([Type.Literal('visible'), Type.Literal('hidden'), Type.Literal('none')]),
        ),
        'x-pattern': Type.Optional(
          Type.Union([
            Type.Literal('editable'),
            Type.Literal('disabled'),
            Type.Literal('readOnly'),
            Type.Literal('readPretty'),
          ]),
        ),
        'x-visible': Type.Optional(Exprable(Type.Boolean())),
        'x-hidden': Type.Optional(Exprable(Type.Boolean())),
        'x-disabled': Type.Optional(Exprable(Type.Boolean())),
        'x-editable': Type.Optional(Exprable(Type.Boolean())),
        'x-read-only': Type.Optional(Exprable(Type.Boolean())),
        'x-validator': Type.Optional(Type.Union([ValidatorDescription, Type.Array(ValidatorDescription)])),
        'x-reactions': Type.Optional(Type.Union([Reaction, Type.Array(Reaction)])),
        'x-tongban': Type.Optional(TongbanFieldMeta),
        properties: Type.Optional(
          Type.Record(Type.String({ pattern: FIELD_NAME_PATTERN }), This, { additionalProperties: false }),
        ),
        items: Type.Optional(This),
      },
      { additionalProperties: false },
    ),
  { $id: 'FormNode' },
)
export type FormNode = Static<typeof FormNode>

/** A matter's form: the root node is an object whose properties are the fields and layout. */
export const FormDocument = Type.Object(
  {
    schema: FormNode,
  },
  { additionalProperties: false },
)
export type FormDocument = Static<typeof FormDocument>
