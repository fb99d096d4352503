"""The API's routes, one router per concern: health, search (search and ask), meetings, status and documents
(upload, removal and re-reading, for admins).

Each router gets the shared index components through the `components` dependency in `deps`,
so `create_app` only wires middleware, error handlers and these routers.
"""

from .documents import router as documents
from .health import router as health
from .meetings import router as meetings
from .search import router as search
from .status import router as status

__all__ = ["documents", "health", "meetings", "search", "status"]
