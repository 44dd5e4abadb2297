"""Fusion: reports of the same event, across documents and within one, become one event."""

from conflictdesk.fuse.cluster import Cluster, assign, fuse, membership
from conflictdesk.fuse.combine import combine
from conflictdesk.fuse.similarity import FUSE_THRESHOLD, Comparison, compare

__all__ = [
    "FUSE_THRESHOLD",
    "Cluster",
    "Comparison",
    "assign",
    "combine",
    "compare",
    "fuse",
    "membership",
]
