"""One download, within bounds: allowed hosts at every hop, a size cap, a total deadline.

requests' own timeout bounds each read, not the download: a server trickling
one byte every 5 s held the downloader for as long as it liked. Here every read
waits at most what is left of `ATTACHMENT_DEADLINE_SECONDS`, and redirects are
followed by hand so that each new host is checked again.
"""

import os
import time
from urllib.parse import urljoin

import requests
import urllib3

from messenger.attachment_hosts import Refused, check_address, check_url

MAX_REDIRECTS = 5
CHUNK = 64 * 1024


class TooLarge(Exception):
    pass


class TooSlow(requests.Timeout):
    """The whole download took longer than its deadline (retried later, like a timeout)."""


def fetch_to_file(http, url, path, cfg, patterns):
    """Stream `url` into `path`; return its size. Raises Refused, TooLarge or a RequestException."""
    deadline = time.monotonic() + cfg["ATTACHMENT_DEADLINE_SECONDS"]
    for _hop in range(MAX_REDIRECTS + 1):
        host = check_url(url, patterns)
        response = http.get(
            url,
            stream=True,
            allow_redirects=False,
            headers={"Accept-Encoding": "identity"},
            timeout=(_left(deadline, cfg), _left(deadline, cfg)),
        )
        with response:
            if not _proxied(http, url):  # through a proxy, the peer is the proxy
                _check_peer(response, host, patterns)
            if response.is_redirect:
                url = urljoin(url, response.headers.get("Location", ""))
                continue
            response.raise_for_status()
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cfg["ATTACHMENT_MAX_BYTES"]:
                raise TooLarge()
            try:
                return _stream(response, path, cfg, deadline)
            except urllib3.exceptions.HTTPError as exc:  # read straight from urllib3: not requests' own
                _left(deadline, cfg)  # the read was cut at the deadline: say so
                raise requests.ConnectionError(str(exc)) from exc
    raise Refused(f"more than {MAX_REDIRECTS} redirects")


def _stream(response, path, cfg, deadline):
    size, limit = 0, cfg["ATTACHMENT_MAX_BYTES"]
    with open(path + ".part", "wb") as out:
        while True:
            _set_read_timeout(response, _left(deadline, cfg))
            chunk = response.raw.read1(CHUNK)  # what has arrived, not a full CHUNK: the deadline is checked
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


def _set_read_timeout(response, seconds):
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    if sock is not None:
        sock.settimeout(seconds)


def _proxied(http, url):
    scheme = url.split(":", 1)[0]
    return bool(
        (getattr(http, "proxies", None) or {}).get(scheme) or requests.utils.get_environ_proxies(url).get(scheme)
    )


def _check_peer(response, host, patterns):
    """The address actually connected to (a name may resolve differently the second time)."""
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    if sock is None:
        return  # already closed: the name was checked before connecting
    try:
        address = sock.getpeername()[0]
    except OSError:
        return
    check_address(host, address, patterns)
