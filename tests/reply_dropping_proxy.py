"""A loopback TCP proxy in front of Redis that loses one answer: the command reaches Redis and runs, then
the connection is cut before its answer reaches the client, as when Redis stops right after running it.

Bounded: loopback only, a handful of connections, stops with its ``with`` block.
"""

import socket
import threading

NILS = (b"$-1\r\n", b"*-1\r\n", b"_\r\n")  # RESP2's nil string and nil array, RESP3's null


class ReplyDroppingProxy:
    def __init__(self, target_port, marker, max_connections=8, only_found=False):
        """``marker``: bytes of the command whose answer is lost (the first one after ``arm()`` that holds them);
        ``only_found``: the first such whose answer is not nil (a pop that found something)."""
        self.target_port, self.marker, self.max_connections = target_port, marker, max_connections
        self.only_found = only_found
        self.armed, self.dropped = threading.Event(), threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets = []

    def __enter__(self):
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._listener.close()
        for sock in self._sockets:
            sock.close()

    def arm(self):
        self.armed.set()

    def _accept(self):
        for _ in range(self.max_connections):
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            self._sockets += [client, server]
            threading.Thread(target=self._serve, args=(client, server), daemon=True).start()

    def _serve(self, client, server):
        """One request, then its whole answer, at a time: redis-py waits for each answer before the next."""
        try:
            while request := client.recv(1 << 20):
                server.sendall(request)
                answer = server.recv(1 << 20)
                if self.armed.is_set() and not self.dropped.is_set() and self.marker in request and not (
                        self.only_found and answer in NILS):
                    self.dropped.set()
                    break  # Redis ran it; the client never hears
                client.sendall(answer)
        except OSError:
            pass
        for sock in (client, server):
            sock.close()
