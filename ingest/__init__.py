"""Ingestion: files of Swedish minutes → `Meeting` and `AgendaItem` records.

Knows nothing of vectors or search. Entry points: `parse_file` and `find_files`.
"""

from .models import AgendaItem, Attendee, Decision, Meeting
from .pipeline import FileResult, find_files, parse_file

__all__ = ["AgendaItem", "Attendee", "Decision", "Meeting", "FileResult", "find_files", "parse_file"]
