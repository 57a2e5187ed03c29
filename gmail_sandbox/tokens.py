"""OAuth 2.0 state: authorization codes, grants (refresh tokens) and access tokens.

Revoking any token of a grant revokes the whole grant, as Google does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

FULL_SCOPE = "https://mail.google.com/"
CODE_LIFETIME = 600.0
LONG_LIVED = 10 * 365 * 24 * 3600.0


class OAuthError(Exception):
    """An error from the token endpoint: `{"error": ..., "error_description": ...}`."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


@dataclass
class Grant:
    address: str
    client_id: str
    scope: tuple[str, ...]
    refresh_token: str
    revoked: bool = False
    access_tokens: set[str] = field(default_factory=set)


@dataclass
class AccessToken:
    token: str
    address: str
    scope: tuple[str, ...]
    expires_at: float
    grant: Grant


@dataclass
class AuthCode:
    code: str
    address: str
    client_id: str
    redirect_uri: str
    scope: tuple[str, ...]
    challenge: str | None
    challenge_method: str
    expires_at: float


@dataclass(frozen=True)
class TokenGrant:
    """What the token endpoint hands out, for in-process callers (tests, the CLI)."""

    address: str
    access_token: str
    refresh_token: str
    expires_at: float
    scope: tuple[str, ...]


def pkce_challenge(verifier: str, method: str) -> str:
    if method == "plain":
        return verifier
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


class TokenStore:
    def __init__(self, clock: Callable[[], float], access_lifetime: float = 3600.0) -> None:
        self.clock = clock
        self.access_lifetime = access_lifetime
        self._lock = threading.Lock()
        self._codes: dict[str, AuthCode] = {}
        self._grants: dict[str, Grant] = {}  # refresh token -> grant
        self._access: dict[str, AccessToken] = {}
        self.id_token_key = secrets.token_bytes(32)

    # ---- issuing -------------------------------------------------------------------------

    def _new_access(self, grant: Grant, lifetime: float | None) -> AccessToken:
        token = "ya29.sandbox-" + secrets.token_urlsafe(24)
        lifetime = self.access_lifetime if lifetime is None else lifetime
        access = AccessToken(token, grant.address, grant.scope, self.clock() + lifetime, grant)
        self._access[token] = access
        grant.access_tokens.add(token)
        return access

    def issue(
        self,
        address: str,
        *,
        client_id: str = "sandbox",
        scope: tuple[str, ...] = (FULL_SCOPE,),
        lifetime: float | None = None,
    ) -> TokenGrant:
        """A grant and its first access token, without the authorize/consent round trip."""
        with self._lock:
            grant = Grant(address, client_id, scope, "1//sandbox-" + secrets.token_urlsafe(32))
            self._grants[grant.refresh_token] = grant
            access = self._new_access(grant, lifetime)
            return TokenGrant(
                address, access.token, grant.refresh_token, access.expires_at, grant.scope
            )

    def issue_code(
        self,
        *,
        address: str,
        client_id: str,
        redirect_uri: str,
        scope: tuple[str, ...],
        challenge: str | None,
        challenge_method: str,
    ) -> str:
        code = "4/sandbox-" + secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = AuthCode(
                code,
                address,
                client_id,
                redirect_uri,
                scope,
                challenge,
                challenge_method,
                self.clock() + CODE_LIFETIME,
            )
        return code

    # ---- the token endpoint --------------------------------------------------------------

    def exchange_code(
        self, code: str, *, client_id: str, redirect_uri: str | None, verifier: str | None
    ) -> tuple[Grant, AccessToken]:
        with self._lock:
            pending = self._codes.pop(code, None)  # single use, even when it then fails
            if pending is None or pending.expires_at < self.clock():
                raise OAuthError("invalid_grant", "Malformed auth code.")
            if pending.client_id != client_id:
                raise OAuthError("invalid_grant", "Bad Request")
            if redirect_uri != pending.redirect_uri:
                raise OAuthError("redirect_uri_mismatch", "Bad Request")
            if pending.challenge is not None:
                if not verifier:
                    raise OAuthError("invalid_grant", "Missing code verifier.")
                expected = pkce_challenge(verifier, pending.challenge_method)
                if not hmac.compare_digest(expected, pending.challenge):
                    raise OAuthError("invalid_grant", "Invalid code verifier.")
            grant = Grant(
                pending.address,
                client_id,
                pending.scope,
                "1//sandbox-" + secrets.token_urlsafe(32),
            )
            self._grants[grant.refresh_token] = grant
            return grant, self._new_access(grant, None)

    def refresh(self, refresh_token: str, *, client_id: str) -> AccessToken:
        with self._lock:
            grant = self._grants.get(refresh_token)
            if grant is None or grant.revoked:
                raise OAuthError("invalid_grant", "Token has been expired or revoked.")
            if grant.client_id != client_id:
                raise OAuthError("unauthorized_client", "Unauthorized", status=401)
            return self._new_access(grant, None)

    # ---- checking and revoking -----------------------------------------------------------

    def lookup(self, token: str) -> AccessToken | None:
        """The live access token, or None when unknown, expired or revoked."""
        with self._lock:
            access = self._access.get(token)
        if access is None or access.grant.revoked or access.expires_at <= self.clock():
            return None
        return access

    def revoke(self, token: str) -> bool:
        """As Google does: the user's authorization of the client is one thing, whatever
        number of refresh tokens it was granted through; revoking any of its tokens ends it,
        every refresh and access token of that user and client with it."""
        with self._lock:
            grant = self._grants.get(token)
            if grant is None and token in self._access:
                grant = self._access[token].grant
            if grant is None or grant.revoked:
                return False
            for other in self._grants.values():
                if other.address == grant.address and other.client_id == grant.client_id:
                    other.revoked = True
            return True

    def revoke_user(self, address: str) -> int:
        with self._lock:
            live = [g for g in self._grants.values() if g.address == address and not g.revoked]
            for grant in live:
                grant.revoked = True
            return len(live)

    def expire_access_tokens(self, address: str) -> int:
        """Make every access token of the user expired now (refresh tokens stay valid)."""
        now = self.clock()
        with self._lock:
            live = [a for a in self._access.values() if a.address == address]
            for access in live:
                access.expires_at = min(access.expires_at, now)
            return len(live)

    def id_token(self, address: str, client_id: str) -> str:
        """An HS256-signed ID token (the sandbox's own key; not verifiable as Google's)."""

        def part(obj: dict) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        now = int(self.clock())
        claims = {
            "iss": "https://accounts.google.com",
            "aud": client_id,
            "sub": subject_id(address),
            "email": address,
            "email_verified": True,
            "iat": now,
            "exp": now + 3600,
        }
        signing_input = part({"alg": "HS256", "typ": "JWT"}) + "." + part(claims)
        signature = hmac.new(self.id_token_key, signing_input.encode(), hashlib.sha256).digest()
        return signing_input + "." + base64.urlsafe_b64encode(signature).decode().rstrip("=")


def subject_id(address: str) -> str:
    """A stable numeric `sub` for an address, shaped like Google's."""
    return str(int(hashlib.sha256(address.encode()).hexdigest()[:15], 16))
