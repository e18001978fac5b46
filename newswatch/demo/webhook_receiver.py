"""A local webhook endpoint that receives Apprise ``json://`` alerts (demo and tests).

Binds 127.0.0.1 on a free port. ``fail_with`` makes it answer an error
status, to show a channel that is down; ``stall`` makes it hold each request
instead: ``"hang"`` reads it and never answers, ``"trickle"`` answers 200 one
byte every TRICKLE_SECONDS, ``"take"`` keeps the message, as received, and
never answers (a channel that took it, whose answer is lost). A stalled request
ends by itself after STALL_SECONDS, or when the receiver stops; it counts in
``attempts`` and ``stalled`` (while held), and in ``received`` only when taken.
Received bodies are kept in order, their request headers in ``headers``.

``python -m newswatch.demo.webhook_receiver --port P`` runs one until stopped, printing each
message received as a JSON line: a stand-in chat for a trial or a container test.
"""

import argparse
import json
import signal
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STALL_SECONDS = 60
TRICKLE_SECONDS = 0.5
TRICKLED_ANSWER = b"HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"  # 38 bytes: 19 s at TRICKLE_SECONDS


class WebhookReceiver:
    def __init__(self, on_receive=None, port=0):
        self.received = []
        self.headers = []  # the request headers of each received message
        self.attempts = 0
        self.fail_with = None  # an HTTP status to answer instead of 200
        self.stall = None  # "hang" or "trickle": hold requests instead of answering
        self.stalled = 0  # requests held now
        self.on_receive = on_receive
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = None

    @property
    def apprise_url(self):
        host, port = self._server.server_address
        return f"json://{host}:{port}/alerts?cto=2&rto=5"

    def _handler(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                stall = receiver.stall
                if stall == "take":
                    receiver._keep(body, self.headers)
                if stall:
                    receiver._hold(self.wfile, stall)
                    self.close_connection = True
                    return
                status = receiver._record(body, self.headers)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        return Handler

    def _record(self, body, headers):
        with self._lock:
            self.attempts += 1
            if self.fail_with:
                return self.fail_with
        self._keep(body, headers)
        return 200

    def _keep(self, body, headers):
        message = json.loads(body)
        with self._lock:
            self.received.append(message)
            self.headers.append(dict(headers))
        if self.on_receive:
            self.on_receive(message)

    def _hold(self, out, how):
        with self._lock:
            self.attempts += 1
            self.stalled += 1
        try:
            if how == "trickle":
                self._trickle(out)
            else:
                self._stopping.wait(STALL_SECONDS)
        finally:
            with self._lock:
                self.stalled -= 1

    def _trickle(self, out):
        for byte in TRICKLED_ANSWER:
            if self._stopping.wait(TRICKLE_SECONDS):
                return
            try:
                out.write(bytes([byte]))
                out.flush()
            except OSError:  # the client gave up and closed
                return

    def start(self):
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook", daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._stopping.set()
        if self._thread:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m newswatch.demo.webhook_receiver",
                                     description="Receive Apprise json:// alerts on 127.0.0.1 and print each as a JSON line.")
    parser.add_argument("--port", type=int, default=8190, help="port on 127.0.0.1 (default: 8190)")
    args = parser.parse_args(argv)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with WebhookReceiver(on_receive=lambda message: print(json.dumps(message), flush=True), port=args.port) as receiver:
        print(f"receiving alerts at {receiver.apprise_url}", flush=True)
        try:
            done.wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
