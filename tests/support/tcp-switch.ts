import net from "node:net";

export type TcpSwitch = {
  port: number;
  /** Drops every connection and refuses new ones, as a database that went away. */
  cut: () => Promise<void>;
  /** Accepts connections again. */
  reconnect: () => Promise<void>;
  close: () => Promise<void>;
};

/** A TCP relay to `target` on a port of its own, which a test can cut and reconnect. */
export async function tcpSwitch(target: { host: string; port: number }): Promise<TcpSwitch> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const cut = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return { port, cut, reconnect: () => listen(port), close: () => (server.listening ? cut() : Promise.resolve()) };
}
