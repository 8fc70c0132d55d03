// A test server on 127.0.0.1, on a port the system picks: the only address tests listen on.
import type { Server } from 'node:net'

/** Listens on 127.0.0.1 and resolves once it does; rejects when it cannot. */
export function listenOnLoopback(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}
