"""Follow-up turns in a chat: "och när beslutades det?", "vem ansvarar?" lean on the previous question.

A turn is a follow-up when it names no topic of its own (only frame words and pronouns) or starts
with "och"/"men" and names at most one; it is then asked together with the topic words of the
latest earlier question that had a topic.
"""

from __future__ import annotations

from index.support import topic_terms
from swedish.questions import FOLLOW_UP_START, asks


def with_context(question: str, history: list[str]) -> str:
    """The question to answer: the turn itself, or the turn plus the earlier topic it leans on."""
    if not history or not is_follow_up(question):
        return question
    for earlier in reversed(history):
        topic = " ".join(term.word for term in topic_terms(earlier))
        if topic:
            return f"{question.rstrip(' ?')} {topic}?"
    return question


def is_follow_up(question: str) -> bool:
    own_topic = topic_terms(question)
    return not own_topic or (bool(asks(FOLLOW_UP_START, question)) and len(own_topic) <= 1)
