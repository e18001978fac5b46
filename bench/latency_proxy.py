"""A loopback TCP proxy that delays every chunk by a fixed time each way: Redis "far away".

Listens on 127.0.0.1 (port 0) and forwards to one loopback target. Each direction
of each connection is a reader thread that stamps chunks with their due time and a
writer thread that sends them in order once due, so the delay adds to every round
trip without limiting throughput. Threads and their sleeps are used (not asyncio)
because an epoll timeout is whole milliseconds: a 0.5 ms delay would become 1 ms.
Bounded: it serves only loopback, ``max_connections`` at most, and stops with its
``with`` block.
"""

import collections
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
        chunks, ready = collections.deque(), threading.Condition()

        def read():
            while (data := _recv(source)):
                with ready:
                    chunks.append((time.monotonic() + self.delay, data))
                    ready.notify()
            with ready:
                chunks.append((0, b""))
                ready.notify()

        def write():
            while True:
                with ready:
                    ready.wait_for(lambda: chunks)
                    due, data = chunks.popleft()
                if not data:
                    _close(target)
                    return
                if (wait := due - time.monotonic()) > 0:
                    time.sleep(wait)
                try:
                    target.sendall(data)
                except OSError:
                    return

        for job in (read, write):
            threading.Thread(target=job, daemon=True).start()


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
