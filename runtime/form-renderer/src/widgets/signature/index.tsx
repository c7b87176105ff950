import { connect, mapReadPretty } from '@formily/react'
import { Button, Input, Segmented, Space, Typography } from 'antd'
import { useEffect, useRef, useState, type PointerEvent } from 'react'
import { useRendererLocale } from '../../i18n/locale-context'

export interface SignatureProps {
  /** A typed name, or a handwritten signature as a `data:image/png` URL. */
  value?: string
  onChange?: (value: string | undefined) => void
  /** Which ways to sign are offered (default both). */
  modes?: Array<'typed' | 'drawn'>
  disabled?: boolean
  width?: number
  height?: number
}

const isImage = (v: unknown): v is string => typeof v === 'string' && v.startsWith('data:image/')

/** Signature (签名): type one's name, or draw it on a canvas (mouse, pen or finger). */
function SignatureField(props: SignatureProps) {
  const { t } = useRendererLocale()
  const modes = props.modes ?? ['typed', 'drawn']
  const [mode, setMode] = useState<'typed' | 'drawn'>(isImage(props.value) ? 'drawn' : (modes[0] ?? 'typed'))
  return (
    <div className="tongban-signature">
      {modes.length > 1 && (
        <Segmented
          size="small"
          style={{ marginBottom: 8 }}
          value={mode}
          onChange={(m) => setMode(m as 'typed' | 'drawn')}
          options={[
            { label: t('signature.typed'), value: 'typed' },
            { label: t('signature.drawn'), value: 'drawn' },
          ]}
        />
      )}
      {mode === 'typed' ? (
        <Input
          value={isImage(props.value) ? '' : props.value}
          disabled={props.disabled}
          placeholder={t('signature.placeholder')}
          maxLength={40}
          style={{ fontFamily: '"STKaiti", "KaiTi", cursive', fontSize: 18 }}
          onChange={(e) => props.onChange?.(e.target.value || undefined)}
        />
      ) : (
        <SignaturePad {...props} />
      )}
    </div>
  )
}

function SignaturePad(props: SignatureProps) {
  const { t } = useRendererLocale()
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawing = useRef(false)
  const [dirty, setDirty] = useState(false)
  const width = props.width ?? 360
  const height = props.height ?? 140

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d')
    if (!ctx || !isImage(props.value)) return
    const img = new Image()
    img.onload = () => ctx.drawImage(img, 0, 0)
    img.src = props.value
    // Only the first value is painted; later strokes are the user's own.
  }, [])

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect()
    return [e.clientX - rect.left, e.clientY - rect.top] as const
  }
  const start = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current?.getContext('2d')
    if (!ctx || props.disabled) return
    drawing.current = true
    e.currentTarget.setPointerCapture?.(e.pointerId)
    ctx.lineWidth = 2.5
    ctx.lineCap = 'round'
    ctx.strokeStyle = '#1f1f1f'
    ctx.beginPath()
    ctx.moveTo(...point(e))
  }
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current?.getContext('2d')
    if (!ctx || !drawing.current) return
    ctx.lineTo(...point(e))
    ctx.stroke()
    setDirty(true)
  }
  const end = () => {
    drawing.current = false
  }
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, width, height)
    setDirty(false)
    props.onChange?.(undefined)
  }
  const confirm = () => {
    if (canvas.current) props.onChange?.(canvas.current.toDataURL('image/png'))
    setDirty(false)
  }
  return (
    <Space direction="vertical" size={4}>
      <canvas
        ref={canvas}
        width={width}
        height={height}
        aria-label={t('signature.drawn')}
        style={{ border: '1px dashed #bfbfbf', borderRadius: 6, touchAction: 'none', maxWidth: '100%', background: '#fff' }}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerLeave={end}
      />
      <Space>
        <Button size="small" onClick={clear} disabled={props.disabled}>
          {t('signature.clear')}
        </Button>
        <Button size="small" type="primary" onClick={confirm} disabled={props.disabled || !dirty}>
          {t('signature.confirm')}
        </Button>
      </Space>
    </Space>
  )
}

function SignatureText(props: { value?: string }) {
  const { t } = useRendererLocale()
  if (!props.value) return <Typography.Text type="secondary">{t('signature.none')}</Typography.Text>
  if (isImage(props.value)) return <img src={props.value} alt={t('signature.image')} style={{ maxHeight: 80 }} />
  return <span style={{ fontFamily: '"STKaiti", "KaiTi", cursive', fontSize: 20 }}>{props.value}</span>
}

export const Signature = connect(SignatureField, mapReadPretty(SignatureText))
