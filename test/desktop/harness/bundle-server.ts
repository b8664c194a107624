import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN } from '../../../electron/main/security';

/** Turns main's app:// protocol handler into an HTTP endpoint on 127.0.0.1. */
export async function bundleServer(
  handler: () => ((request: globalThis.Request) => Promise<Response>) | undefined,
) {
  const serve = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const handle = handler();
    if (!handle || incoming.method !== 'GET') {
      outgoing.writeHead(405).end();
      return;
    }
    const response = await handle(new globalThis.Request(`${APP_ORIGIN}${incoming.url ?? '/'}`));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  };
  const server = createServer((incoming, outgoing) => {
    serve(incoming, outgoing).catch((error: unknown) => {
      console.error('harness endpoint', error);
      outgoing.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A GET with the path sent as written: no URL parser folds its "..". */
export function rawGet(server: Server, path: string) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}
