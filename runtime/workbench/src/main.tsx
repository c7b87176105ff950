import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { registerWorkbenchWidgets } from './features/materials/register'
import './styles.css'

registerWorkbenchWidgets()

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
