"""One download, within bounds: judged at every hop, connected to what was judged, capped in size and time.

Each hop's URL is judged once (messenger/attachment_hosts.py: `judge`), and the connection goes to an
address of that verdict, with the judged name in the Host header and, for https, as the name the
certificate must carry (SNI). Nothing parses the URL again or resolves the name again on the way,
so what was checked is what is reached, also after a redirect: each Location is judged like the
first URL. Through a proxy (the ward's egress proxy, from the environment) the proxy connects: it
is given the URL rebuilt from the judged parts.

requests' own timeout bounds each read, not the download: a server trickling one byte every 5 s
held the downloader for as long as it liked. Here every read waits at most what is left of
`ATTACHMENT_DEADLINE_SECONDS`.
"""

import os
import time
from urllib.parse import urljoin

import requests
import urllib3
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from messenger.attachment_hosts import Refused, judge

MAX_REDIRECTS = 5
CHUNK = 64 * 1024
REDIRECTS = (301, 302, 303, 307, 308)
HEADERS = {"Accept-Encoding": "identity", "User-Agent": "pakn-bot"}


class TooLarge(Exception):
    pass


class TooSlow(requests.Timeout):
    """The whole download took longer than its deadline (retried later, like a timeout)."""


def fetch_to_file(http, url, path, cfg, patterns, resolve=None):
    """Stream `url` into `path`; return its size. Raises Refused, TooLarge, a RequestException or OSError.
    `http` (a requests session) is used only through a proxy; `resolve` replaces getaddrinfo."""
    deadline = time.monotonic() + cfg["ATTACHMENT_DEADLINE_SECONDS"]
    for _hop in range(MAX_REDIRECTS + 1):
        verdict = judge(url, patterns, **({"resolve": resolve} if resolve else {}))
        response, pool = _open(http, verdict, deadline, cfg)
        try:
            if response.status in REDIRECTS:
                url = _next_hop(verdict, response.headers.get("Location", ""))
                continue
            if response.status >= 400:
                raise requests.HTTPError(f"{response.status} from {verdict.url.host}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cfg["ATTACHMENT_MAX_BYTES"]:
                raise TooLarge()
            return _stream(response, path, cfg, deadline)
        except Urllib3Error as exc:  # read straight from urllib3: not requests' own
            raise _as_requests_error(exc, deadline, cfg) from exc
        finally:
            response.close()
            if pool is not None:
                pool.close()
    raise Refused(f"more than {MAX_REDIRECTS} redirects")


def _open(http, verdict, deadline, cfg):
    """(the response, urllib3's and unread, to a GET of the judged URL; the pool to close after it)."""
    timeout = _left(deadline, cfg)
    if _proxied(http, verdict.url.url):
        response = http.get(
            verdict.url.url, stream=True, allow_redirects=False, headers=HEADERS, timeout=(timeout, timeout)
        )
        return response.raw, None
    last_error = None
    for address in verdict.addresses:  # every one of them was judged: try each in turn
        pool = _pool(verdict.url, address, _left(deadline, cfg))
        try:
            response = pool.urlopen(
                "GET",
                verdict.url.target,
                headers={**HEADERS, "Host": verdict.url.host_header},
                redirect=False,
                retries=False,
                preload_content=False,
                assert_same_host=False,
            )
            return response, pool
        except Urllib3Error as exc:
            pool.close()
            last_error = exc
    raise _as_requests_error(last_error, deadline, cfg)


def _pool(parts, address, seconds):
    timeout = urllib3.Timeout(connect=seconds, read=seconds)
    if parts.scheme == "http":
        return urllib3.HTTPConnectionPool(address, parts.port, timeout=timeout, maxsize=1, retries=False)
    return urllib3.HTTPSConnectionPool(
        address,
        parts.port,
        timeout=timeout,
        maxsize=1,
        retries=False,
        server_hostname=parts.host,  # SNI and the certificate's name: the judged host, not the address
        assert_hostname=parts.host,
        cert_reqs="CERT_REQUIRED",
        ca_certs=requests.certs.where(),
    )


def _next_hop(verdict, location):
    """A redirect's target, judged from scratch at the next hop like any URL (a backslash or a
    non-ASCII character in the Location survives the join, and is refused there)."""
    if not location:
        raise Refused("a redirect without a Location")
    return urljoin(verdict.url.url, location)


def _stream(response, path, cfg, deadline):
    size, limit = 0, cfg["ATTACHMENT_MAX_BYTES"]
    with open(path + ".part", "wb") as out:
        while True:
            _set_read_timeout(response, _left(deadline, cfg))
            chunk = response.read1(CHUNK)  # what has arrived, not a full CHUNK: the deadline is checked
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise TooLarge()
            out.write(chunk)
    os.replace(path + ".part", path)
    return size


def _left(deadline, cfg):
    """Seconds a network wait may take: the read timeout, never past the deadline."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TooSlow(f"not finished within {cfg['ATTACHMENT_DEADLINE_SECONDS']} s")
    return min(left, cfg["GRAPH_TIMEOUT_SECONDS"])


def _as_requests_error(exc, deadline, cfg):
    """urllib3's errors as the requests errors the downloader retries (a cut at the deadline says so)."""
    _left(deadline, cfg)
    if isinstance(exc, Urllib3Timeout):
        return requests.Timeout(str(exc))
    return requests.ConnectionError(str(exc))


def _set_read_timeout(response, seconds):
    sock = getattr(getattr(response, "connection", None), "sock", None)
    if sock is not None:
        sock.settimeout(seconds)


def _proxied(http, url):
    scheme = url.split(":", 1)[0]
    return bool(
        (getattr(http, "proxies", None) or {}).get(scheme) or requests.utils.get_environ_proxies(url).get(scheme)
    )
