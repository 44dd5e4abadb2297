"""conflictdesk: reports about armed conflict in, a cited event database out."""

from conflictdesk.errors import ConflictdeskError
from conflictdesk.model import Casualties, DeathsBySide, Document, Event, PersonRef, Source

__version__ = "0.1.0"

__all__ = [
    "Casualties",
    "ConflictdeskError",
    "DeathsBySide",
    "Document",
    "Event",
    "PersonRef",
    "Source",
    "__version__",
]
