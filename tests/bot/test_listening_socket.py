"""The socket `rafiq serve` listens on: connections accepted on it send small writes at once (TCP_NODELAY).

With a socket made without naming IPPROTO_TCP, asyncio left Nagle's algorithm on for every accepted
connection, and each response after the first on a kept-alive connection (a reverse proxy, a browser polling
/api/messages) waited for the client's delayed ACK, about 40 ms."""
from __future__ import annotations

import asyncio
import socket

from bot.startup import bind_socket


async def _accepted_nodelay() -> int:
    sock = bind_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            conn = transport.get_extra_info("socket")
            accepted.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        value = await asyncio.wait_for(accepted, 10)
        writer.close()
        return value
    finally:
        server.close()
        await server.wait_closed()


def test_connections_accepted_on_the_listening_socket_have_tcp_nodelay():
    assert asyncio.run(_accepted_nodelay()) != 0
