"""All configuration, in one place: environment variables with the prefix MINUTES_."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.embedder import DEFAULT_MODEL


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MINUTES_", env_file=None)

    data_dir: Path = Field(Path("data"), description="Mapp för indexet (Chroma) när ingen server används")
    chroma_url: str | None = Field(None, description="Chroma-server, t.ex. http://chroma:8000; tomt = inbäddad")
    embedding_model: str = Field(DEFAULT_MODEL, description="Modellnamn eller lokal sökväg (sentence-transformers)")
    embedding_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        "onnx-int8", description="Var modellen körs: 'torch' (PyTorch), 'onnx' (ONNX Runtime) eller 'onnx-int8' (ONNX "
        "med int8-vikter, snabbast med samma träffsäkerhet). ONNX-modellen exporteras lokalt från modellens mapp en "
        "gång, till MODEL_CACHE_DIR. Ej satt: den bakände som indexet byggdes med, annars standardvärdet")
    model_cache_dir: Path | None = Field(None, description="Mapp för modeller exporterade till ONNX (görs en gång, "
                                         "återanvänds vid varje start); tomt = DATA_DIR/models")
    query_batching: bool = Field(True, description="Samtidiga frågor kodas i ett gemensamt modellanrop")
    query_batch_window_ms: float = Field(0.0, ge=0, le=50, description="Millisekunder som första frågan väntar på "
                                         "fler innan modellanropet när inget anrop pågår; 0 = ingen väntan (frågor "
                                         "som kommer under ett pågående anrop samlas ändå)")
    workers: int = Field(1, ge=1, le=64, description="Antal serverprocesser för `minutes serve` (som --workers); "
                         "var och en läser samma index")
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
    auth: Literal["none", "oidc", "proxy"] = Field("none", description="Vem som frågar: 'oidc' = bärartoken från "
                                                   "organisationens inloggning, 'proxy' = användare och grupper i "
                                                   "huvuden från en inloggande omvänd proxy, 'none' = alla anonyma")
    oidc_jwks_url: str = Field("", description="Inloggningstjänstens JWKS-adress (nycklarna tokens signeras med)")
    oidc_issuer: str = Field("", description="Förväntad utfärdare (iss) i tokens")
    oidc_audience: str = Field("", description="Förväntad mottagare (aud) i tokens, t.ex. tjänstens klient-id")
    oidc_groups_claim: str = Field("groups", description="Fältet i token som listar användarens grupper")
    oidc_leeway_s: int = Field(30, ge=0, le=600, description="Tillåten klockskillnad (sekunder) för exp och nbf")
    oidc_refresh_cooldown_s: float = Field(10, ge=0, description="Kortaste tid (sekunder) mellan två hämtningar "
                                           "av JWKS när en token har en okänd nyckel (kid)")
    proxy_user_header: str = Field("X-Forwarded-User", description="Huvudet där proxyn anger användaren")
    proxy_groups_header: str = Field("X-Forwarded-Groups", description="Huvudet där proxyn anger grupperna, "
                                     "kommaseparerade")
    trusted_proxies: str = Field("127.0.0.1", description="Adresser eller nät (CIDR) vars proxyhuvuden tros, "
                                 "kommaseparerade; huvuden från andra adresser avvisas")
    api_key_groups: str = Field("", description="Grupper som en anropare med giltig API-nyckel läser som, "
                                "kommaseparerade; tomt = samma som en anonym användare")
    access_file: Path | None = Field(None, description="TOML-fil med läsrättigheter per grupp (se README, "
                                     "'Inloggning och behörighet'); tomt = allt är läsbart")
    audit_log: Path | None = Field(None, description="Granskningslogg, en JSON-rad per fråga; tomt = av")
    audit_retention_days: int = Field(30, ge=1, le=3650, description="Dagar som granskningsloggen sparas "
                                      "(en fil per dygn)")
    watch_settle_s: float = Field(2.0, ge=0, le=3600, description="Sekunder som en fil måste ha samma storlek och "
                                  "ändringstid innan `minutes watch` läser den (en fil som kopieras in långsamt "
                                  "läses en gång, hel)")
    watch_poll: bool = Field(False, description="`minutes watch` läser av mapparna med jämna mellanrum i stället "
                             "för att vänta på filhändelser (nätverksdiskar, mappar monterade i Docker); som --poll")
    watch_poll_interval_s: float = Field(2.0, gt=0, le=3600, description="Sekunder mellan två avläsningar av "
                                         "mapparna när `minutes watch` läser av dem")
    host: str = Field("127.0.0.1", description="Adress som `minutes serve` lyssnar på")
    port: int = Field(8000, ge=1, le=65535, description="Port som `minutes serve` lyssnar på")

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: str) -> str:
        for item in _items(value):
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"{item!r} är ingen IP-adress eller inget nät (t.ex. 10.0.0.0/8)") from None
        return value

    @model_validator(mode="after")
    def _oidc_complete(self) -> "Settings":
        if self.auth == "oidc":
            missing = [f"MINUTES_{name.upper()}" for name in ("oidc_jwks_url", "oidc_issuer", "oidc_audience")
                       if not getattr(self, name).strip()]
            if missing:
                raise ValueError(f"MINUTES_AUTH=oidc kräver {', '.join(missing)}")
        return self

    @property
    def cors_origin_list(self) -> list[str]:
        return _items(self.cors_origins)

    @property
    def api_key_set(self) -> set[str]:
        return set(_items(self.api_keys))

    @property
    def trusted_proxy_list(self) -> list[str]:
        return _items(self.trusted_proxies)

    @property
    def api_key_group_set(self) -> frozenset[str]:
        return frozenset(_items(self.api_key_groups))

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def lexical_cache_path(self) -> Path:
        """Saved lexical index; with a Chroma server each API host keeps its own copy here."""
        return self.data_dir / "lexical"

    @property
    def watch_state_path(self) -> Path:
        """What `minutes watch` last did (mode, last sync, files waiting, failed files); `/api/status` reads it."""
        return self.data_dir / "watch.json"

    @property
    def uploads_dir(self) -> Path:
        """Files uploaded through POST /api/documents, kept so that the index can be rebuilt from them."""
        return self.data_dir / "uploads"

    @property
    def models_dir(self) -> Path:
        """Models exported for the ONNX backends (made once, reused on every start)."""
        return self.model_cache_dir or self.data_dir / "models"

    @property
    def chroma_path(self) -> str:
        return str(self.data_dir / "chroma")

    @property
    def store_description(self) -> str:
        return self.chroma_url or f"inbäddad Chroma i {self.chroma_path}"


def _items(listed: str) -> list[str]:
    """The items of a comma-separated setting, blanks left out."""
    return [item.strip() for item in listed.split(",") if item.strip()]
