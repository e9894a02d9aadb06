"""The ``serve`` verb: the REST API and the web UI over the database, with uvicorn."""

from __future__ import annotations

import ipaddress
import json
import sys
import threading
import time

import click

from newsgraph.cli.common import main, opened_store, settings_from


@main.command("serve")
@click.option("--host", help="Address to listen on (default 127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port to listen on (default 8000).")
@click.option("--openapi", "print_openapi", is_flag=True, help="Print the OpenAPI spec as JSON and exit.")
@click.pass_context
def serve_command(ctx: click.Context, host: str | None, port: int | None, print_openapi: bool) -> None:
    """Serve the web UI and the REST API until Ctrl-C.

    The database is opened read-only. Uploading (POST /api/articles) is off unless
    an API key is set (NEWSGRAPH_API_KEY, or api_key in newsgraph.toml); CORS is
    off unless cors_origins names allowed origins.

    \b
    Example:
      newsgraph serve --port 8080
    """
    settings = settings_from(ctx, host=host, port=port)
    from newsgraph.api import create_app  # FastAPI is imported only by the verb that needs it

    app = create_app(settings)
    if print_openapi:
        click.echo(json.dumps(app.openapi(), indent=2))
        return
    # fail now, with the store's message, rather than on the first request; uploads may create the database
    with opened_store(settings, read_only=not settings.api_key):
        pass
    if not _is_loopback(settings.host):
        click.echo(
            f"newsgraph: listening on {settings.host}: anyone who can reach this machine can read the database",
            err=True,
        )
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning", access_log=False)
    )
    shown = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host
    url = f"http://{f'[{shown}]' if ':' in shown else shown}:{settings.port}/"

    def announce_when_listening() -> None:
        # print the URL only once the socket is bound, so whoever reads it can use it at once
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            click.echo(f"newsgraph: serving {settings.db} at {url} (Ctrl-C to stop)", err=True)
            click.echo(url)
            sys.stdout.flush()

    threading.Thread(target=announce_when_listening, daemon=True).start()
    server.run()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
