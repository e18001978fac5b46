"""The Flask application: login, security headers, CSRF, and the pages and API mounted on it.

Sessions are signed with NEWSWATCH_WEB_SECRET_KEY (a random key per start when unset:
everyone logs in again after a restart). Forms carry a CSRF token (Flask-WTF); API
requests authenticated by a bearer token carry no cookie, so they need none.
"""

import logging
import math
import secrets
from functools import wraps
from urllib.parse import urlsplit

from flask import Flask, abort, g, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError, CSRFProtect

from newswatch.web.auth import session_mark
from newswatch.web.diffview import highlighted, paragraph_rows

logger = logging.getLogger(__name__)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # links to the original articles must not tell sites where we are
    "Cache-Control": "no-store",
}


def create_app(connection, config, users, rules, secret_key="", public_url=""):
    """The web view over ``connection`` (the workers' Redis) for ``users`` (newswatch.web.auth.Users)."""
    app = Flask(__name__)
    app.config.update(SECRET_KEY=secret_key or secrets.token_hex(32), WTF_CSRF_CHECK_DEFAULT=False,
                      WTF_CSRF_TIME_LIMIT=None, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_COOKIE_SECURE=public_url.startswith("https://"), SESSION_COOKIE_NAME="newswatch")
    app.extensions["newswatch"] = {"redis": connection, "config": config, "users": users, "rules": rules}
    csrf = CSRFProtect(app)
    app.jinja_env.globals.update(highlighted=highlighted, paragraph_rows=paragraph_rows, cos=math.cos, sin=math.sin)

    @app.before_request
    def authenticate():
        g.bearer = request.headers.get("Authorization", "").startswith("Bearer ")
        g.user = _user(users)
        if request.endpoint in ("static", "login", "health"):
            return None
        if g.user is None:
            if request.path.startswith("/api/"):
                abort(401)
            return redirect(url_for("login", next=request.full_path.rstrip("?")))
        if request.method == "POST" and not g.bearer:
            csrf.protect()
        return None

    @app.after_request
    def secure(response):
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.errorhandler(CSRFError)
    def csrf_refused(error):
        return render_template("error.html", status=400, message=f"The form was refused: {error.description} "
                               "Reload the page and try again."), 400

    @app.errorhandler(401)
    def unauthorised(_):
        return {"error": "log in: send Authorization: Bearer <token>"}, 401

    @app.errorhandler(403)
    def forbidden(_):
        if request.path.startswith("/api/"):
            return {"error": "your role may only read"}, 403
        return render_template("error.html", status=403, message="Your role may only read."), 403

    @app.errorhandler(404)
    def not_found(error):
        if request.path.startswith("/api/"):
            return {"error": error.description}, 404
        return render_template("error.html", status=404, message=error.description), 404

    @app.get("/health")
    def health():
        return {"ok": True}

    @app.route("/login", methods=["GET", "POST"])
    def login():
        error = ""
        if request.method == "POST":
            csrf.protect()
            user = users.by_token(request.form.get("token", ""))
            if user:
                session.clear()
                session["user"], session["mark"] = user.name, session_mark(request.form.get("token", ""))
                logger.info("web: %s logged in", user.name)
                return redirect(_safe_next(request.args.get("next")))
            logger.warning("web: a login with an unknown token from %s", request.remote_addr)
            error = "Unknown token."
        return render_template("login.html", error=error), 401 if error else 200

    @app.post("/logout")
    def logout():
        session.clear()
        return redirect(url_for("login"))

    from newswatch.web import api, pages  # noqa: PLC0415 (the routes need the app's helpers above)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(api.blueprint, url_prefix="/api")
    return app


def _user(users):
    if g.bearer:  # an API client: its token, nothing else (no cookie, no proxy header)
        return users.by_token(request.headers["Authorization"][len("Bearer "):].strip())
    proxied = users.from_proxy(request.remote_addr, request.headers)
    if proxied:
        return proxied
    name = session.get("user")
    return users.by_session(name, session.get("mark")) if name else None


def local_path(target, default):
    """``target`` when it is a path of this site, else ``default``: a link or form must not send anyone elsewhere
    ("//evil", "/\\evil" and "https://evil" are refused)."""
    parts = urlsplit(target or "")
    local = target and target.startswith("/") and not parts.scheme and not parts.netloc and "\\" not in target
    return target if local and not target.startswith("//") else default


def _safe_next(target):
    return local_path(target, url_for("pages.alerts"))


def can_act(view):
    """Refuse (403) a viewer: acting needs the responder role."""
    @wraps(view)
    def checked(*args, **kwargs):
        if not g.user.can_act:
            abort(403)
        return view(*args, **kwargs)
    return checked


def state():
    """The Redis connection, worker config and rules the app was made with."""
    from flask import current_app  # noqa: PLC0415
    return current_app.extensions["newswatch"]
