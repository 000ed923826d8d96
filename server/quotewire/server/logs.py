"""Server logging: human-readable lines on a terminal, or one JSON object per line for log collectors.

Access lines (logger "quotewire.access") carry request_id, rpc, article_id, chars, code and ms as fields.
"""

from __future__ import annotations

import logging
import sys

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s"


def configure_logging(fmt: str = "text", level: int = logging.INFO) -> None:
    """Send every log record to stderr in the chosen format ("text" or "json")."""
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(JsonFormatter(JSON_FIELDS, rename_fields={"asctime": "time", "levelname": "level",
                                                                       "name": "logger"}))
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
