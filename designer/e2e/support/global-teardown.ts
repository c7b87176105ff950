import { stopServer } from './server'

/** Stop the server's process group (its PostgreSQL included) and remove its DATA_DIR. */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.TB_E2E_SERVER_PID)
  if (pid) await stopServer(pid, process.env.TB_E2E_DATA_DIR)
}
