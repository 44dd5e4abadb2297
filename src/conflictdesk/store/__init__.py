"""The store: documents, events and the analyst's review in SQLite or PostgreSQL.

>>> from conflictdesk.store import open_store
>>> with open_store(":memory:") as store:
...     store.count_events()
0
"""

from conflictdesk.store.audit import AuditRecord
from conflictdesk.store.database import default_db_path
from conflictdesk.store.documents import AddResult, DocumentNotFound
from conflictdesk.store.extraction import SaveResult
from conflictdesk.store.migrations import MIGRATIONS, apply_migrations
from conflictdesk.store.review import LOW_CONFIDENCE, review_reasons
from conflictdesk.store.store import Store, open_store

__all__ = [
    "LOW_CONFIDENCE",
    "MIGRATIONS",
    "AddResult",
    "AuditRecord",
    "DocumentNotFound",
    "SaveResult",
    "Store",
    "apply_migrations",
    "default_db_path",
    "open_store",
    "review_reasons",
]
