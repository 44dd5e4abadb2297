"""The web dashboard (``conflictdesk serve``): server-rendered pages and a JSON API over
``conflictdesk.api``, on 127.0.0.1 by default, with its own CSS and no scripts or CDN.

    from conflictdesk.web import make_app, serve
    serve("events.db", port=8765)      # blocks until Ctrl-C
    app = make_app("events.db")        # or hand the WSGI app to any WSGI server
"""

from conflictdesk.web.app import make_app
from conflictdesk.web.server import create_server, serve

__all__ = ["create_server", "make_app", "serve"]
