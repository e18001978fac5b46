"""A loopback TCP proxy that delays every chunk by a fixed time each way: Redis "far away".

Listens on 127.0.0.1 (port 0) and forwards to one loopback target. Each direction
of each connection is a thread that holds each chunk it reads for the delay, then
sends it. Threads and their sleeps are used (not asyncio) because an epoll timeout
is whole milliseconds: a 0.5 ms delay would become 1 ms.
Bounded: it serves only loopback, ``max_connections`` at most, and stops with its
``with`` block.
"""

import socket
import threading
import time


class LatencyProxy:
    def __init__(self, target_port, delay_seconds, max_connections=64):
        self.target_port, self.delay, self.max_connections = target_port, delay_seconds, max_connections
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets, self._stopped = [], threading.Event()

    def __enter__(self):
        threading.Thread(target=self._accept, daemon=True, name="latency-proxy").start()
        return self

    def __exit__(self, *exc):
        self._stopped.set()
        self._listener.close()
        for sock in self._sockets:
            _close(sock)

    def _accept(self):
        while not self._stopped.is_set() and len(self._sockets) < 2 * self.max_connections:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self._sockets.append(sock)
            self._pump(client, server)
            self._pump(server, client)

    def _pump(self, source, target):
        """One thread a direction: a chunk is held ``delay`` after it was read, then sent. Redis talk is one
        request or reply in flight per connection and direction, so holding the next read back behind a
        chunk being held adds nothing to it (a reply split in several chunks waits once per chunk: more
        delay, never less)."""

        def forward():
            while (data := _recv(source)):
                due = time.monotonic() + self.delay
                while (wait := due - time.monotonic()) > 0:
                    time.sleep(wait)
                try:
                    target.sendall(data)
                except OSError:
                    break
            _close(target)

        threading.Thread(target=forward, daemon=True).start()


def _recv(sock):
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
