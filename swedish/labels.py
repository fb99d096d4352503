"""The labels of Swedish minutes: header fields, attendance lists, sign-off lines and presenters.

Patterns include the OCR variants seen in scanned minutes ("Nirvarande", "Faredragande").
"""

from __future__ import annotations

import re

# "Label: value" at the start of a header line.
LABEL = re.compile(r"^(?P<label>[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ /-]{1,40}?)\s*:\s*(?P<value>.*)$")

# Attendance list labels → which list the names go to.
PEOPLE_LABELS = {
    "närvarande": "present", "nirvarande": "present", "deltagare": "present", "beslutande": "present",
    "närvarande ledamöter": "present", "ledamöter": "present", "beslutande ledamöter": "present",
    "närvarande styrelseledamöter": "present", "styrelseledamöter": "present", "övriga deltagande": "guest",
    "närvarande i övrigt": "guest", "övriga": "guest", "övriga deltagare": "guest", "ersättare som inte tjänstgör": "guest", "icke tjänstgörande ersättare": "guest",
    "ersättare": "guest", "tjänstgörande ersättare": "present", "övriga närvarande": "guest",
    "övriga medverkande": "guest", "ovriga medverkande": "guest", "inbjudna föredragande": "guest",
    "inbjudna": "guest", "adjungerade": "guest", "adjungerad": "guest", "medverkande": "guest", "gäster": "guest",
    "även närvarande": "guest", "tjänstepersoner": "guest", "tjänstemän": "guest", "närvarande tjänstepersoner": "guest",
    "frånvarande": "absent", "franvarande": "absent", "anmält förhinder": "absent", "förhinder": "absent",
    "anmält avbud": "absent", "avbud": "absent", "frånvarande ledamöter": "absent", "ej närvarande": "absent",
    "närvarande suppleant": "present", "närvarande suppleanter": "present", "suppleanter": "present",
    "dessutom närvarande": "guest", "gäst": "guest", "närv": "present", "närv.": "present",
}
DOC_TYPE = re.compile(
    r"^(?:(?:mötesanteckningar|minnesanteckningar|anteckningar|protokoll|sammanträdesprotokoll|mötesprotokoll)\b"
    r"(?:\s+(?:fört\s+vid|förda\s+vid|från|till|för|vid)\b)?|fört\s+vid|förda\s+vid)\s*[:,\-–]?\s*",
    re.IGNORECASE,
)
# "Mötesanteckningar: X" (OCR: "Moétesanteckningar"), "Mötesanteckningar förda av X", "Vid protokollet: X".
SECRETARY = re.compile(
    r"^(?i:sekreterare|protokollförare|mötessekreterare|vid\s+protokollet|vid\s+anteckningarna"
    r"|m\w{1,3}tesanteckningar|antecknat|antecknare|mötesantecknare|sekr\.|anteckn\.?"
    r"|anteckningar|protokollet)(?i:\s+förda|\s+fört)?(?i:\s+av)?\s*(?::\s*|\s*\|\s*|\s+(?=[A-ZÅÄÖ]))(?P<name>[A-ZÅÄÖ].*)$"
)
JUSTERARE = re.compile(r"^(?i:justerare|justerande|justeras(?:\s+av)?|protokollet\s+justeras\s+av|utses\s+att\s+justera)"
                       r"\s*[:|]?\s*(?P<name>[A-ZÅÄÖ].*)$")
CHAIR = re.compile(r"^(?i:mötesordförande|mötesledare|ordförande|ordf\.?|(?:mötets|sammanträdets|stämmans)\s+ordförande)"
                   r"\s*[:|]?\s*(?P<name>[A-ZÅÄÖ].*)$")
NOT_A_PERSON_START = ("ärende", "ordförande", "föredragande", "sekreterare", "justerare", "obs", "tid", "plats",
                      "justeras", "justerat", "underskrift")
FIELD_LABELS = {"plats och tid", "tid och plats", "plats", "tid", "datum", "sammanträdesdatum", "lokal",
                "justerare", "paragrafer", "justeringens plats", "justeringens plats och tid",
                "justeringens"}  # "Justeringens" over "plats och tid" in a column layout
SIGN_OFF_LABEL = re.compile(r"^(?i:vid\s+protokollet|sekreterare|justerare|justeras|ordförande|protokollförare)\s*:?$")
# "Föredragande" and its OCR variants ("Foredragande", "Faredragande", "Fardragande").
PRESENTER_LABEL = re.compile(r"^(?:inbjudna\s+)?f\w{0,3}dragande\s*:?\s*(?P<names>.*)$", re.IGNORECASE)
# A role in an attendance list that makes the person the chair or the secretary: "Jonas Eklöf (ordf)".
CHAIR_ROLE = re.compile(r"^(?:mötesordförande|mötesledare|ordförande|ordf\.?)(?:\s*[,;].*)?$"
                        # "vice ordförande, tjänstgörande ordförande": the vice chair who chaired this meeting
                        r"|(?:^|[,;]\s*)(?:tjänstgörande\s+ordförande|mötesordförande|ordförande\s+för\s+mötet)\b",
                        re.IGNORECASE)
SECRETARY_ROLE = re.compile(r"^(?:mötessekreterare|nämndsekreterare|sekreterare|sekr\.?|antecknar|antecknare|"
                            r"för\s+anteckningar|protokollförare)(?:\s*[,;].*)?$", re.IGNORECASE)
ROLE_WORDS = ("ordförande", "vice ordförande", "sekreterare", "justerare", "kassör", "ledamot", "ersättare",
              "adjungerad", "mötesordförande", "mötessekreterare")
HEADER_FIELD = re.compile(
    r"^(datum|tid|plats|tid\s+och\s+plats|sammanträdesdatum|närvarande|nirvarande|deltagare|beslutande"
    r"|ordförande|sekreterare|justerare|frånvarande|ersättare|övriga\s+närvarande|dnr|paragrafer)\b",
    re.IGNORECASE,
)
# Where the sign-off starts: signatures and the municipal ANSLAG/BEVIS block are metadata, not item text.
FOOTER_BLOCK = re.compile(r"^(?:anslag\s*/\s*bevis|anslagsbevis|underskrifter\b|vid\s+protokollet\s*$)",
                          re.IGNORECASE)
SIGNATURE_LINE = re.compile(r"^(?:justerandes?\s+sign(?:atur)?|justerandes\s+signaturer|utdragsbestyrkande)\b",
                            re.IGNORECASE)


def is_field_line(line: str) -> bool:
    """A header line that starts with a field word ("Tid 13.00", "Plats: Regionhuset")."""
    first = line.split()[0].lower().rstrip(":") if line.split() else ""
    return first in FIELD_WORDS


FIELD_WORDS = ("tid", "datum", "plats", "närvarande", "nirvarande", "frånvarande", "sammanträdesdatum")
