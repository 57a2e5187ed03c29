"""The HTTP transport under the Gmail client: httplib2, minus its silent resend.

httplib2 sends a request a second time, whatever its method, when the connection closes
before the answer's status line, taking it for a stale keep-alive connection. For a
``messages.send`` that second copy may be a second email, and for every call it is a retry
outside our policy, unpaced and uncounted. Here such a close surfaces as a
``ConnectionResetError`` instead, which httplib2 passes on, so ``gmail.retry`` decides.
"""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import httplib2


class _SingleAttempt:
    def getresponse(self):  # type: ignore[no-untyped-def]
        try:
            return super().getresponse()  # type: ignore[misc]
        except http.client.BadStatusLine as error:  # RemoteDisconnected is one
            # httplib2 resends on BadStatusLine; it passes a plain socket error on.
            raise ConnectionResetError(
                f"connection closed before an answer ({type(error).__name__})"
            ) from error


class SingleAttemptHTTPConnection(_SingleAttempt, httplib2.HTTPConnectionWithTimeout):
    pass


class SingleAttemptHTTPSConnection(_SingleAttempt, httplib2.HTTPSConnectionWithTimeout):
    pass


_CONNECTIONS = {"http": SingleAttemptHTTPConnection, "https": SingleAttemptHTTPSConnection}


class SingleAttemptHttp(httplib2.Http):
    """``httplib2.Http`` whose every request is sent at most once."""

    def request(
        self,
        uri,
        method="GET",
        body=None,
        headers=None,
        redirections=httplib2.DEFAULT_MAX_REDIRECTS,
        connection_type=None,
    ):  # type: ignore[no-untyped-def]
        if connection_type is None:
            connection_type = _CONNECTIONS.get(urlsplit(uri).scheme.lower())
        return super().request(uri, method, body, headers, redirections, connection_type)
