import { createRoot } from 'react-dom/client'
import { App } from './app'
import { registerWorkbenchWidgets } from './features/materials/register'
import './styles.css'

registerWorkbenchWidgets()

// No <StrictMode>: its development double mount disposes the renderer's Formily form (the
// effect cleanup calls form.onUnmount()), which empties the form in `vite dev`. See the README.
createRoot(document.getElementById('root') as HTMLElement).render(<App />)
