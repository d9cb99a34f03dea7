"""The explorer's search: finds what students type, as they type it.

Students type a part of a word («сварщик» for «Электрогазосварщик»), a colloquial or short name
(«электрик», «медбике», «IT»), Kazakh on a Russian keyboard («онер»), Kazakh in Latin letters
(«qazfosfat») and typos («weldr»). So:

* every name, synonym (``synonyms.csv``) and description is folded (``textnorm.fold``) into an
  FTS5 table with the **trigram** tokenizer: any part of a word of 3 letters or more matches;
* a query word of one or two letters only matches a whole word of a name or synonym («IT»,
  «3D»), so fragments do not bring noise;
* a Latin word is searched as typed (English names) and in Cyrillic
  (``textnorm.latin_to_cyrillic``), only in Cyrillic when it has a Kazakh-only Latin letter;
* a word that still finds nothing is matched with a typo allowance (``rapidfuzz``) against the
  words of names and synonyms.

Results are ranked: a name or synonym equal to the whole query, then whole words, word starts,
parts of names, typo matches, and last descriptions; shorter names first among equals (the
general profession before a narrow one). One ranking per query serves the four result groups
the explorer asks for on every keystroke.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from guidance.atlas.models import LocalText, SearchHit
from guidance.textnorm import (
    KAZAKH_LATIN_LETTERS,
    fold,
    is_latin_word,
    latin_to_cyrillic,
    query_terms,
)

# What the search covers: (kind, table, key column, name columns, body columns)
SEARCH_SPEC = (
    ("profession", "professions", "id", ("name",), ("description", "skills")),
    ("speciality", "specialities", "code", ("name",), ()),
    ("college", "colleges", "id", ("name",), ("town",)),
    ("enterprise", "enterprises", "id", ("name",), ("town", "description")),
)
# The documents (display names, folded names and synonyms) in a plain table that is quick to
# read whole; their trigram index in a contentless FTS5 table with the same rowids.
SEARCH_TABLES_SQL = (
    "CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, kind TEXT, ref_id TEXT, name_kk TEXT, "
    "name_ru TEXT, name_en TEXT, names TEXT, synonyms TEXT)",
    "CREATE VIRTUAL TABLE search_fts USING fts5(names, synonyms, body, content = '', "
    "tokenize = 'trigram')",
)
SHORT = 2  # a query word this long or shorter matches whole words only
TYPO_MIN = 4  # shorter words are not corrected (too many neighbours)

# Tiers of one query word in one document (lower is better).
WHOLE_WORD, WORD_START, PART_OF_NAME, TYPO, IN_DESCRIPTION = range(5)


def _localized(row: dict, base: str) -> list[str]:
    return [str(row.get(f"{base}_{lang}") or "") for lang in ("kk", "ru", "en")]


def search_documents(tables: dict[str, list[dict]]) -> list[tuple]:
    """The documents of the search for validated atlas tables: (kind, ref id, name in kk, ru,
    en, folded names, folded synonyms, folded body)."""
    synonyms: dict[tuple[str, str], list[str]] = {}
    for row in tables.get("synonyms", []):
        synonyms.setdefault((row["kind"], str(row["ref_id"])), []).append(str(row["term"]))
    docs = []
    for kind, table, key, name_cols, body_cols in SEARCH_SPEC:
        for row in tables.get(table, []):
            names = [part for col in name_cols for part in _localized(row, col)]
            display = names[:3]
            if kind == "speciality":
                names.append(str(row[key]))
            body = [part for col in body_cols for part in _localized(row, col)]
            terms = synonyms.get((kind, str(row[key])), [])
            docs.append((kind, str(row[key]), *display,
                         " | ".join(fold(n) for n in names if n),
                         " | ".join(fold(t) for t in terms), fold(" ".join(body))))
    return docs


@dataclass(frozen=True)
class _Doc:
    kind: str
    ref_id: str
    name: LocalText
    names: str  # " | "-separated folded names and synonyms, padded with spaces
    whole: frozenset[str]  # each folded name and synonym as a whole
    name_length: int


class AtlasSearch:
    """The search over one open atlas: documents are read once, rankings cached per query."""

    def __init__(self, conn: sqlite3.Connection):
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "search_docs" not in tables:  # an atlas built by an older Bagdar: index it here
            conn = _index_in_memory(conn, tables)
        self._conn = conn
        self._docs: dict[int, _Doc] = {}
        self._by_word: dict[str, set[int]] = {}
        for rowid, kind, ref, kk, ru, en, folded_names, synonyms in conn.execute(
                "SELECT rowid, kind, ref_id, name_kk, name_ru, name_en, names, synonyms "
                "FROM search_docs"):
            parts = [p for p in (folded_names + " | " + synonyms).split(" | ") if p]
            self._docs[rowid] = _Doc(kind, ref, LocalText(kk, ru, en),
                                     " " + " | ".join(parts) + " ", frozenset(parts),
                                     min(len(t) for t in (kk, ru, en) if t))
            for part in parts:
                for word in part.split():
                    self._by_word.setdefault(word, set()).add(rowid)
        self._vocabulary = sorted(w for w in self._by_word if len(w) >= TYPO_MIN)
        self.ranked = lru_cache(maxsize=16)(self._ranked)

    def search(self, query: str, kinds: Iterable[str] = (), limit: int = 50) -> list[SearchHit]:
        kinds = set(kinds)
        hits = []
        for rowid in self.ranked(query.strip().lower()):
            doc = self._docs[rowid]
            if not kinds or doc.kind in kinds:
                hits.append(SearchHit(doc.kind, doc.ref_id, doc.name))
                if len(hits) >= limit:
                    break
        return hits

    # --- matching ---------------------------------------------------------------------------
    def _ranked(self, query: str) -> tuple[int, ...]:
        terms = query_terms(query)
        if not terms:
            return ()
        scores: dict[int, float] | None = None
        for term in terms:
            tiers = self._match_term(term)
            if scores is None:
                scores = tiers
            else:
                scores = {rowid: s + tiers[rowid] for rowid, s in scores.items() if rowid in tiers}
            if not scores:
                return ()
        phrase = " ".join(terms)
        return tuple(sorted(scores, key=lambda r: (phrase not in self._docs[r].whole, scores[r],
                                                   self._docs[r].name_length, r)))

    def _match_term(self, term: str) -> dict[int, float]:
        """{document: tier} for one folded query word, trying its spellings in turn."""
        found: dict[int, float] = {}
        for spelling in self._spellings(term):  # a Latin word as typed and in Cyrillic
            for rowid, tier in self._exact(spelling).items():
                found[rowid] = min(tier, found.get(rowid, tier))
        if found:
            return found
        if len(term) >= TYPO_MIN:
            for spelling in self._spellings(term):
                found = self._typos(spelling)
                if found:
                    return found
        return {}

    @staticmethod
    def _spellings(term: str) -> list[str]:
        if not is_latin_word(term):
            return [term]
        cyrillic = latin_to_cyrillic(term)
        if KAZAKH_LATIN_LETTERS & set(term):
            return [cyrillic]
        alternatives = [term, cyrillic]
        if "y" in term:  # informal Latin writes ы as "y", the 2021 alphabet writes й
            alternatives.append(latin_to_cyrillic(term.replace("y", "й")))
        return alternatives

    def _exact(self, term: str) -> dict[int, float]:
        if len(term) <= SHORT:
            return dict.fromkeys(self._by_word.get(term, ()), WHOLE_WORD)
        rows = self._conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ?",
                                  ('"' + term + '"',))
        tiers: dict[int, float] = {}
        whole, start = f" {term} ", f" {term}"
        for (rowid,) in rows:
            names = self._docs[rowid].names
            if term not in names:
                tiers[rowid] = IN_DESCRIPTION
            elif whole in names:
                tiers[rowid] = WHOLE_WORD
            elif start in names:
                tiers[rowid] = WORD_START
            else:
                tiers[rowid] = PART_OF_NAME
        return tiers

    def _typos(self, term: str) -> dict[int, float]:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        allowed = 1 if len(term) < 8 else 2
        tiers: dict[int, float] = {}
        for word, distance, _index in process.extract(
                term, self._vocabulary, scorer=Levenshtein.distance, score_cutoff=allowed,
                limit=None):
            for rowid in self._by_word[word]:
                tiers[rowid] = min(tiers.get(rowid, 9), TYPO + distance / 10)
        return tiers


def build_search_table(conn: sqlite3.Connection, tables: dict[str, list[dict]]) -> None:
    """Write ``search_docs`` and ``search_fts`` for validated atlas tables."""
    for sql in SEARCH_TABLES_SQL:
        conn.execute(sql)
    docs = search_documents(tables)
    conn.executemany("INSERT INTO search_docs (rowid, kind, ref_id, name_kk, name_ru, name_en, "
                     "names, synonyms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(n, *doc[:7]) for n, doc in enumerate(docs, 1)])
    conn.executemany("INSERT INTO search_fts (rowid, names, synonyms, body) VALUES (?, ?, ?, ?)",
                     [(n, *doc[5:]) for n, doc in enumerate(docs, 1)])


def _index_in_memory(atlas: sqlite3.Connection, known: set[str]) -> sqlite3.Connection:
    """The search tables of an atlas built without them, in a private memory database."""
    tables = {}
    for table in ("synonyms", *(spec[1] for spec in SEARCH_SPEC)):
        if table in known:
            cursor = atlas.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            tables[table] = [dict(zip(columns, row, strict=True)) for row in cursor]
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    build_search_table(memory, tables)
    return memory
