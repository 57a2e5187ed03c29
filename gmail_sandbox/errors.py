"""Google-shaped API errors: every failure the sandbox answers has the JSON body Google sends."""

from __future__ import annotations

from typing import Any

# HTTP status -> the canonical status name Google puts in `error.status`.
_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "ALREADY_EXISTS",
    413: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


class GoogleError(Exception):
    """An error answered as Google does: `{"error": {"code", "message", "errors", "status"}}`."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        reason: str,
        domain: str = "global",
        status: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, str] | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason
        self.domain = domain
        self.status = status or _STATUS_NAMES.get(code, "UNKNOWN")
        self.headers = headers or {}
        self.extra = extra or {}
        self.detail = detail or message  # `errors[0].message`, shorter than the top one at times

    def body(self) -> dict[str, Any]:
        detail = {"message": self.detail, "domain": self.domain, "reason": self.reason}
        detail.update(self.extra)
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [detail],
                "status": self.status,
            }
        }


def invalid_argument(message: str) -> GoogleError:
    return GoogleError(400, message, reason="invalidArgument")


def bad_request(message: str) -> GoogleError:
    return GoogleError(400, message, reason="badRequest", status="FAILED_PRECONDITION")


def not_found(message: str = "Requested entity was not found.") -> GoogleError:
    return GoogleError(404, message, reason="notFound")


def duplicate(message: str) -> GoogleError:
    return GoogleError(409, message, reason="duplicate")


def forbidden(message: str) -> GoogleError:
    return GoogleError(403, message, reason="forbidden")


def insufficient_scope() -> GoogleError:
    return GoogleError(
        403,
        "Request had insufficient authentication scopes.",
        reason="insufficientPermissions",
        headers={
            "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
            'error="insufficient_scope"'
        },
    )


_AUTH_HELP = (
    "Expected OAuth 2 access token, login cookie or other valid authentication credential. "
    "See https://developers.google.com/identity/sign-in/web/devconsole-project."
)


def unauthenticated(*, missing: bool) -> GoogleError:
    """401 for a missing token ("Login Required") or an invalid, expired or revoked one."""
    if missing:
        message = f"Request is missing required authentication credential. {_AUTH_HELP}"
        detail, reason = "Login Required.", "required"
        header = 'Bearer realm="https://accounts.google.com/"'
    else:
        message = f"Request had invalid authentication credentials. {_AUTH_HELP}"
        detail, reason = "Invalid Credentials", "authError"
        header = 'Bearer realm="https://accounts.google.com/", error="invalid_token"'
    return GoogleError(
        401,
        message,
        reason=reason,
        detail=detail,
        headers={"WWW-Authenticate": header},
        extra={"location": "Authorization", "locationType": "header"},
    )


def backend_error(code: int = 500) -> GoogleError:
    message = "Backend Error" if code == 500 else "The service is currently unavailable."
    return GoogleError(code, message, reason="backendError")
