"""All configuration, in one place: environment variables with the prefix MINUTES_."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.embedder import DEFAULT_MODEL


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MINUTES_", env_file=None)

    data_dir: Path = Field(Path("data"), description="Mapp för indexet (Chroma) när ingen server används")
    chroma_url: str | None = Field(None, description="Chroma-server, t.ex. http://chroma:8000; tomt = inbäddad")
    embedding_model: str = Field(DEFAULT_MODEL, description="Modellnamn eller lokal sökväg (sentence-transformers)")
    query_prefix: str | None = Field(None, description="Prefix före frågor (e5: 'query: '); tomt = modellens standard")
    passage_prefix: str | None = Field(None, description="Prefix före textstycken (e5: 'passage: ')")
    lexical_weight: float = Field(1.0, ge=0, description="Vikt för ordsökningen (BM25) i fusionen")
    dense_weight: float = Field(0.1, ge=0, description="Vikt för vektorsökningen i fusionen; 0 = av")
    min_relative_score: float = Field(0.3, ge=0, le=1, description="Träffar under denna andel av bästa träffens "
                                      "poäng tas bort")
    decision_boost: float = Field(0.2, ge=0, description="Extra vikt för punkter med beslut när frågan gäller "
                                  "beslut ('vad beslutades …')")
    min_support: float = Field(0.5, ge=0, le=1, description="Andel av frågans ämnesord (viktade efter hur ovanliga "
                               "de är) som en träff måste innehålla för att visas i sökningen och ge ett svar")
    chunk_max_chars: int = Field(1500, ge=200, description="Längsta textstycke innan en punkt delas")
    max_file_mb: float = Field(20, gt=0, description="Största fil som `minutes ingest` läser (MB)")
    cors_origins: str = Field("", description="Ursprung som får anropa API:t från webbläsaren, kommaseparerade "
                              "(t.ex. https://intranat.example.se); tomt = bara samma ursprung")
    api_keys: str = Field("", description="Giltiga API-nycklar, kommaseparerade; tomt = ingen nyckel krävs")
    rate_limit_per_minute: int = Field(60, ge=0, description="Förfrågningar per minut och klient till "
                                       "/api/search och /api/ask; 0 = ingen gräns")
    max_request_bytes: int = Field(16384, ge=1024, description="Största tillåtna förfrågan (byte)")
    host: str = Field("127.0.0.1", description="Adress som `minutes serve` lyssnar på")
    port: int = Field(8000, ge=1, le=65535, description="Port som `minutes serve` lyssnar på")

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def api_key_set(self) -> set[str]:
        return {k.strip() for k in self.api_keys.split(",") if k.strip()}

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def lexical_cache_path(self) -> Path:
        """Saved lexical index; with a Chroma server each API host keeps its own copy here."""
        return self.data_dir / "lexical"

    @property
    def chroma_path(self) -> str:
        return str(self.data_dir / "chroma")

    @property
    def store_description(self) -> str:
        return self.chroma_url or f"inbäddad Chroma i {self.chroma_path}"
