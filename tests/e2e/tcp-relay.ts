import net from 'node:net';

/**
 * The store's network between a tablet and its server, as a TCP relay on 127.0.0.1 that a test
 * can cut for real (connections reset, new ones refused: the browser still believes it is online),
 * point at another server process, and make refuse the pushes only.
 */
export interface TcpRelay {
  readonly url: string;
  /** The server's port the relay forwards to; a new server process may take another. */
  target: number;
  /** When set, a connection that sends a push is reset before the server sees it. */
  refusePushes: boolean;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

const PUSH_REQUEST = /^POST \/api\/sync\/push[ ?]/m;

export async function openTcpRelay(target: number): Promise<TcpRelay> {
  const sockets = new Set<net.Socket>();
  const relay = {} as TcpRelay;
  const server = net.createServer((client) => {
    const upstream = net.connect(relay.target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.on('data', (chunk: Buffer) => {
      // Browsers write a request's head in one piece, so the request line starts a chunk.
      if (relay.refusePushes && PUSH_REQUEST.test(chunk.toString('latin1', 0, 64))) {
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  return Object.assign(relay, {
    url: `http://127.0.0.1:${port}`,
    target,
    refusePushes: false,
    cut: stop,
    restore: () => listen(port),
    close: stop,
  });
}
