/**
 * A small static server for the demo and the browser tests: `dist/` at /confide/, a site folder at /.
 * Usage: tsx scripts/serve.ts [demo|DIR] [--port N]. Only listens on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface StaticServer {
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Serves `site` at /, dist/ at /confide/ and faq/ at /faq/. `handler` may answer a request first (tests use it). */
export function serve(site: string, port = 0, handler?: Handler): Promise<StaticServer> {
  const siteRoot = resolve(ROOT, site);
  // CONFIDE_DIST lets parallel work test its own build without racing on dist/.
  const distRoot = resolve(ROOT, process.env.CONFIDE_DIST ?? 'dist');
  const faqRoot = resolve(ROOT, 'faq');
  const server = createServer(async (req, res) => {
    try {
      if (handler && (await handler(req, res))) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const [base, rel] = path.startsWith('/confide/')
        ? [distRoot, path.slice('/confide/'.length)]
        : path.startsWith('/faq/')
          ? [faqRoot, path.slice('/faq/'.length)]
          : [siteRoot, path.slice(1)];
      let file = normalize(join(base, rel));
      if (!file.startsWith(base)) return send(res, 403, 'Forbidden');
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => undefined);
      if (!body) return send(res, 404, 'Not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      send(res, 500, String(e));
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        origin: `http://127.0.0.1:${actual}`,
        server,
        close: () => new Promise<void>((ok) => {
          server.closeAllConnections();
          server.close(() => ok());
        }),
      });
    });
  });
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf('--port');
  const port = portFlag >= 0 ? Number(args[portFlag + 1]) : Number(process.env.PORT ?? 5173);
  const site = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'demo';
  const { origin } = await serve(site, port);
  console.log(`Confide demo: ${origin}/  (inline mode: ${origin}/inline.html, try your FAQ file: ${origin}/try.html)`);
}
