"""Fetching a page over HTTP(S) with the standard library.

``fetch`` returns the status, headers and body of one request and never
raises for an HTTP status, so a watcher can poll with ``etag`` /
``last_modified`` (conditional GET, 304 = unchanged). ``read_url`` is the
one-shot reader behind ``rewind extract https://…``.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass, field
from email.message import Message

from newsrewind import __version__
from newsrewind.read.text import ReadError

USER_AGENT = f"newsrewind/{__version__} (+live-blog reader)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_CHUNK = 64 * 1024


class FetchError(ReadError):
    """A page that could not be fetched (network, size, scheme); one line for the user."""


@dataclass
class Response:
    """One HTTP answer: final URL, status, headers (lower-case names) and body."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str | None:
        value = self.headers.get("content-type")
        return value.split(";", 1)[0].strip().lower() if value else None

    @property
    def charset(self) -> str | None:
        """The charset named in the Content-Type header, if any."""
        value = self.headers.get("content-type")
        if not value:
            return None
        msg = Message()
        msg["content-type"] = value
        found = msg.get_param("charset")
        return str(found).strip() if isinstance(found, str) and found.strip() else None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(text: str) -> bool:
    """True for an http(s) URL."""
    return bool(re.match(r"^https?://", text.strip(), re.IGNORECASE))


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (never file:, ftp: ...)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{req.full_url}: redirect to a non-HTTP address refused ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    user_agent: str = USER_AGENT,
) -> Response:
    """GET one URL; any HTTP status is returned, network failures raise FetchError."""
    if not is_url(url):
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    headers = {
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "application/ld+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url.strip(), headers=headers, method="GET")
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    try:
        with opener.open(request, timeout=timeout) as resp:
            return _response(resp.geturl(), resp.status, resp.headers, resp, max_bytes)
    except urllib.error.HTTPError as err:
        with err:
            return _response(err.geturl() or url, err.code, err.headers, err, max_bytes)
    except urllib.error.URLError as err:
        raise FetchError(f"{url}: cannot fetch ({err.reason})") from err
    except TimeoutError as err:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from err
    except OSError as err:
        raise FetchError(f"{url}: cannot fetch ({err})") from err


def _response(final_url: str, status: int, raw_headers: Message, stream, max_bytes: int) -> Response:  # type: ignore[no-untyped-def]
    headers = {k.lower(): v for k, v in raw_headers.items()} if raw_headers else {}
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"{final_url}: page is {int(declared):,} bytes, over the limit of {max_bytes:,} (--max-bytes)"
        )
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{final_url}: page is over the limit of {max_bytes:,} bytes (--max-bytes)")
        chunks.append(chunk)
    body = _decompress(b"".join(chunks), headers.get("content-encoding", ""), max_bytes, final_url)
    return Response(url=final_url, status=status, headers=headers, body=body)


def _decompress(body: bytes, encoding: str, max_bytes: int, url: str) -> bytes:
    encoding = encoding.strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate") or not body:
        return body
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        d = zlib.decompressobj(wbits)
        out = d.decompress(body, max_bytes + 1)
    except zlib.error:
        if encoding == "deflate":  # raw deflate without the zlib header
            try:
                d = zlib.decompressobj(-zlib.MAX_WBITS)
                out = d.decompress(body, max_bytes + 1)
            except zlib.error as exc:
                raise FetchError(f"{url}: broken {encoding} body") from exc
        else:
            raise FetchError(f"{url}: broken {encoding} body") from None
    if len(out) > max_bytes or d.unconsumed_tail:
        raise FetchError(
            f"{url}: page is over the limit of {max_bytes:,} bytes once decompressed (--max-bytes)"
        )
    return out


def url_name(url: str) -> str:
    """A short document name from a URL: its last path segment, else its host."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    name = urllib.parse.unquote(segments[-1]) if segments else parts.hostname or "page"
    name = re.sub(r"\.(?:s?html?|php|aspx?|xml|rss|atom|json)$", "", name, flags=re.IGNORECASE)
    name = re.sub(r"[^\w.\-]+", "-", name).strip("-.")
    return name or (parts.hostname or "page")


def read_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT):  # type: ignore[no-untyped-def]
    """Fetch a URL and read it into a Document (status other than 200 is an error)."""
    from newsrewind.read import read_bytes

    resp = fetch(url, timeout=timeout, max_bytes=max_bytes)
    if resp.status != 200:
        raise FetchError(f"{url}: the server answered HTTP {resp.status}")
    return read_bytes(resp.body, url_name(resp.url), None, max_bytes, charset=resp.charset, url=resp.url)
