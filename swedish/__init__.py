"""The Swedish language as minutes use it: the bottom floor that `ingest`, `index` and `answer` all share.

- `text`: folding (å/ä/ö, accents, case), comparison keys, sentences;
- `analysis`: search tokens (stop words, Snowball stems, compound parts);
- `dictionary`: the Hunspell word list (package hunspell-sv) and word frequencies (wordfreq);
- `ocr`: repairing letters that OCR lost ('f6r' → 'för'), for search only;
- `dates`: dates in minutes and date phrases in questions ('i oktober 2023', 'hösten 2024');
- `labels`: header labels, sign-off lines and presenter labels;
- `wording`: how minutes word decisions, proposals and assignments, and how questions ask about them.

Imports nothing from the rest of the project.
"""
