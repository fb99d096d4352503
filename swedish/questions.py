"""How a Swedish question says what kind of answer it wants.

"vad betyder RGK" asks for an expansion, "vem är ordförande" for a role, "vem fick i uppdrag att"
for an assignment, "hur har frågan utvecklats" for a timeline, "vilka beslut togs i oktober" for
the decisions of a period. Patterns are matched on the question as typed (case-insensitive).
"""

from __future__ import annotations

import re

GLOSSARY = re.compile(r"\bvad\s+(?:betyder|betydde|står|stod|innebär|menas\s+med)\b|\bvad\s+är\s+(?:en\s+|ett\s+)?"
                      r"(?-i:[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9})\b|\bförkortning|\bvad\s+heter\b.*\butskrivet", re.I)
# The word after "betyder"/"står"/"är": what a lower-case glossary question asks about ("vad betyder rgk").
GLOSSARY_SUBJECT = re.compile(r"\b(?:betyder|betydde|står|stod|innebär|menas\s+med|är|förkortningen)\s+"
                              r"(?:en\s+|ett\s+)?(?P<word>[\wÅÄÖåäö-]{2,12})", re.I)
ROLES = {"ordförande": "chair", "ordf": "chair", "mötesordförande": "chair", "sekreterare": "secretary",
         "protokollförare": "secretary", "mötessekreterare": "secretary", "justerare": "justerare",
         "justerade": "justerare", "justera": "justerare"}
ROLE = re.compile(r"\b(?:" + "|".join(ROLES) + r")\b", re.I)
WHO = re.compile(r"\b(?:vem|vilka|vilken|vem\s+var|vilka\s+var)\b", re.I)
ATTENDANCE = re.compile(r"\b(?:med\s+på|var\s+\S+\s+med|närvarande|närvaro|deltog|deltagare|frånvarande|"
                        r"närvarolista|vilka\s+var\s+med|med\?|var\s+med)\b", re.I)
ABSENCE = re.compile(r"\b(?:frånvarande|frånvaro|saknades|förhinder)\b", re.I)
PRESENTED = re.compile(r"\b(?:föredr\w*|presenter\w*|redovisa\w*|dragit)\b", re.I)
ASSIGNMENT = re.compile(r"\b(?:uppdrag\w*|återrapport\w*|ansvarar|ansvarig\w*|ansvara|ta\s+över|tar\s+över|"
                        r"vem\s+(?:ska|skulle|tar|tog|fick|får|ordnar|fixar)|till\s+nästa\s+möte|deadline|att\s+göra)\b",
                        re.I)
TIMELINE = re.compile(r"\b(?:utvecklats|utvecklingen|utvecklat|har\s+hänt|hänt\s+med|historik|historiken|tidslinje|"
                      r"över\s+tid|genom\s+åren|förändrats|gått\s+vidare|från\s+början|hittills)\b", re.I)
# A period question that asks for the items, not only the decisions: "vad togs upp på senaste mötet".
ITEMS_WANTED = re.compile(r"\b(?:togs\s+upp|tas\s+upp|tagits\s+upp|punkter|dagordning\w*|behandlades|diskuterades|"
                          r"handlade|gick\s+igenom|avhandlades|ärenden)\b", re.I)
# A turn that leans on the previous one: "och när beslutades det?", "vem ansvarar?", "men i år då?".
FOLLOW_UP_START = re.compile(r"^\s*(?:och|men|än|så|samt|också|sen|sedan)\b", re.I)
