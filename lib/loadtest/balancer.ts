import http from "node:http";

export type Balancer = { url: string; close: () => Promise<void> };

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"]);
const IDEMPOTENT = new Set(["GET", "HEAD"]);
const CONNECTION_BROKE = new Set(["ECONNRESET", "EPIPE"]);

/**
 * A small round-robin load balancer in front of the app instances, as an
 * operator's would be: it checks each instance's /healthz every 500 ms, sends
 * nothing to one that failed, and retries a request on another instance when
 * it could not be delivered at all (connection refused: nothing reached the
 * app, so even a POST is safe to retry). A GET or HEAD whose connection was
 * reset before any answer (a kept-alive connection the instance closed as it
 * was reused, or an instance that died) is sent once more, on a new
 * connection, to the other instance first, as nginx's `proxy_next_upstream`
 * does. A POST is never sent twice: it may have reached the app. Any other
 * request lost mid-way is answered 502, with the cause in `x-balancer-error`.
 */
export async function startBalancer(backends: string[]): Promise<Balancer> {
  const healthy = new Map(backends.map((b) => [b, true]));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const fresh = new http.Agent({ keepAlive: false });
  let next = 0;

  const check = setInterval(() => {
    for (const backend of backends) {
      const probe = http.get(`${backend}/healthz`, { timeout: 1000 }, (res) => {
        res.resume();
        healthy.set(backend, res.statusCode === 200);
      });
      probe.on("timeout", () => probe.destroy());
      probe.on("error", () => healthy.set(backend, false));
    }
  }, 500);

  const order = () => {
    const start = next++ % backends.length;
    const rotated = [...backends.slice(start), ...backends.slice(0, start)];
    return [...rotated.filter((b) => healthy.get(b)), ...rotated.filter((b) => !healthy.get(b))];
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";

    const attempt = (candidates: string[], retried = false) => {
      const backend = candidates[0];
      if (!backend) {
        res.writeHead(503, { "content-type": "text/plain", "retry-after": "5" }).end("No instance is available.");
        return;
      }
      const target = new URL(req.url ?? "/", backend);
      const upstream = http.request(target, { method: req.method, headers, agent: retried ? fresh : agent }, (answer) => {
        const out = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
        answer.on("error", () => res.destroy());
      });
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (res.headersSent) return res.destroy();
        if (error.code === "ECONNREFUSED") {
          healthy.set(backend, false);
          return attempt(candidates.slice(1), retried);
        }
        if (!retried && IDEMPOTENT.has(req.method ?? "") && CONNECTION_BROKE.has(error.code ?? "")) {
          return attempt([...candidates.slice(1), backend], true);
        }
        // The cause goes in a header, for the load test's report: a body must not show internals.
        res.writeHead(502, { "content-type": "text/plain", "x-balancer-error": error.code ?? error.name }).end("The instance went away during the request.");
      });
      upstream.end(body);
    };
    attempt(order());
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      clearInterval(check);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
      fresh.destroy();
    },
  };
}
