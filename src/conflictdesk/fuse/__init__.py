"""Fusion: reports of the same event, across documents and within one, become one event."""

from conflictdesk.fuse.cluster import Cluster, assign, best_match, fuse, membership, order
from conflictdesk.fuse.combine import combine
from conflictdesk.fuse.profile import Profile, profiler_for
from conflictdesk.fuse.similarity import FUSE_THRESHOLD, Comparison, compare

__all__ = [
    "FUSE_THRESHOLD",
    "Cluster",
    "Comparison",
    "Profile",
    "assign",
    "best_match",
    "combine",
    "compare",
    "fuse",
    "membership",
    "order",
    "profiler_for",
]
