"""Google's OAuth 2.0 endpoints, with consent given automatically.

/o/oauth2/auth (and /o/oauth2/v2/auth) redirects straight back with a code for
`login_hint` (or the sandbox's `me`); /token exchanges codes (checking PKCE) and refresh
tokens; /revoke revokes a grant; /oauth2/v3/userinfo says who a token belongs to;
/oauth2/v1/certs serves the certificate the sandbox's Pub/Sub signs its push tokens with,
in the shape of https://www.googleapis.com/oauth2/v1/certs ({key id: PEM}).
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from flask import Blueprint, redirect, request

from gmail_sandbox.api.gateway import current_sandbox, json_response
from gmail_sandbox.tokens import AccessToken, Grant, OAuthError, subject_id

blueprint = Blueprint("oauth", __name__)
PROFILE_SCOPES = {"profile", "https://www.googleapis.com/auth/userinfo.profile"}


@blueprint.errorhandler(OAuthError)
def oauth_error(error: OAuthError):
    return json_response(error.body(), error.status, {"Cache-Control": "no-store"})


def _required(source, name: str) -> str:
    value = source.get(name)
    if not value:
        raise OAuthError("invalid_request", f"Missing required parameter: {name}")
    return value


@blueprint.route("/o/oauth2/auth", methods=["GET", "POST"])
@blueprint.route("/o/oauth2/v2/auth", methods=["GET", "POST"])
def authorize():
    params = request.values
    client_id = _required(params, "client_id")
    redirect_uri = _required(params, "redirect_uri")
    if params.get("response_type", "code") != "code":
        raise OAuthError("unsupported_response_type", "Only response_type=code is supported")
    scope = tuple(_required(params, "scope").split())
    challenge = params.get("code_challenge") or None
    method = params.get("code_challenge_method", "plain" if challenge else "")
    if challenge and method not in ("S256", "plain"):
        raise OAuthError("invalid_request", f"Invalid code_challenge_method: {method}")
    sandbox = current_sandbox()
    address = (params.get("login_hint") or sandbox.me).strip().lower()
    try:
        sandbox.add_mailbox(address)  # consent for an unknown address opens its mailbox
    except ValueError as exc:
        raise OAuthError("invalid_request", str(exc)) from None
    code = sandbox.tokens.issue_code(
        address=address,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        challenge=challenge,
        challenge_method=method or "plain",
    )
    answer = {"code": code, "scope": " ".join(scope)}
    if params.get("state") is not None:
        answer = {"state": params["state"], **answer}
    separator = "&" if urlsplit(redirect_uri).query else "?"
    return redirect(redirect_uri + separator + urlencode(answer), code=302)


def _client_id() -> str:
    auth = request.authorization
    if auth is not None and auth.type == "basic" and auth.username:
        return auth.username
    client_id = request.form.get("client_id")
    if not client_id:
        raise OAuthError("invalid_request", "Could not determine client ID from request.")
    return client_id


def _token_answer(access: AccessToken, grant: Grant, *, with_refresh: bool) -> dict:
    sandbox = current_sandbox()
    answer: dict = {
        "access_token": access.token,
        "expires_in": max(0, int(access.expires_at - sandbox.clock())),
        "scope": " ".join(grant.scope),
        "token_type": "Bearer",
    }
    if with_refresh:
        answer["refresh_token"] = grant.refresh_token
    if "openid" in grant.scope:
        answer["id_token"] = sandbox.tokens.id_token(grant.address, grant.client_id)
    return answer


@blueprint.route("/token", methods=["POST"])
@blueprint.route("/o/oauth2/token", methods=["POST"])
def token():
    sandbox = current_sandbox()
    grant_type = request.form.get("grant_type")
    client_id = _client_id()
    if grant_type == "authorization_code":
        grant, access = sandbox.tokens.exchange_code(
            _required(request.form, "code"),
            client_id=client_id,
            redirect_uri=request.form.get("redirect_uri"),
            verifier=request.form.get("code_verifier"),
        )
        answer = _token_answer(access, grant, with_refresh=True)
    elif grant_type == "refresh_token":
        access = sandbox.tokens.refresh(
            _required(request.form, "refresh_token"), client_id=client_id
        )
        answer = _token_answer(access, access.grant, with_refresh=False)
    else:
        raise OAuthError("unsupported_grant_type", f"Invalid grant_type: {grant_type or ''}")
    return json_response(answer, 200, {"Cache-Control": "no-store", "Pragma": "no-cache"})


@blueprint.route("/revoke", methods=["POST", "GET"])
@blueprint.route("/o/oauth2/revoke", methods=["POST", "GET"])
def revoke():
    token = request.values.get("token")
    if not token or not current_sandbox().tokens.revoke(token):
        raise OAuthError("invalid_token", "Token expired or revoked")
    return json_response({})


@blueprint.route("/oauth2/v3/userinfo", methods=["GET", "POST"])
@blueprint.route("/oauth2/v2/userinfo", methods=["GET", "POST"])
def userinfo():
    header = request.headers.get("Authorization", "")
    scheme, _, credential = header.partition(" ")
    token = credential.strip() if scheme.lower() == "bearer" else request.values.get("access_token")
    access = current_sandbox().tokens.lookup(token or "")
    if access is None:
        response = json_response(
            {"error": "invalid_request", "error_description": "Invalid Credentials"}, 401
        )
        response.headers["WWW-Authenticate"] = 'Bearer realm="https://accounts.google.com/"'
        return response
    answer = {"sub": subject_id(access.address), "email": access.address, "email_verified": True}
    sandbox = current_sandbox()
    if PROFILE_SCOPES & set(access.scope) and sandbox.has_mailbox(access.address):
        name = sandbox.mailbox(access.address).profile_name
        if name:  # as Google: the name only with the profile scope, and only when there is one
            answer["name"] = name
            answer["given_name"] = name.split()[0]
    return json_response(answer)


@blueprint.get("/oauth2/v1/certs")
def certs():
    return json_response(
        current_sandbox().pubsub.signer.certs(), headers={"Cache-Control": "public, max-age=3600"}
    )
