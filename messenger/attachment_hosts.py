"""Which hosts the downloader may fetch a citizen's file from.

A signed event names any URL it likes: a forged "file" pointing at 127.0.0.1 or
an internal service was fetched, stored and offered for download in the
console. Only hosts matching `ATTACHMENT_HOSTS` are fetched (Meta's CDN by
default). A host matched by a wildcard must also resolve to public addresses
only: a name under *.fbcdn.net that points into the ward's network is refused.
A host listed by its exact name or address (the sandbox's own stand-in) is
trusted as listed.
"""

import fnmatch
import ipaddress
import socket
from urllib.parse import urlsplit

from core.config import DEFAULT_ATTACHMENT_HOSTS

# The sandbox serves its files from the built-in stand-in, on this machine (sandbox/graph_standin.py).
SANDBOX_HOSTS = ("127.0.0.1", "localhost", "::1")


class Refused(Exception):
    """Never fetched, and never tried again: the URL itself is not allowed."""


def host_patterns(cfg):
    """The patterns in force: the setting's, plus in sandbox mode the stand-in's host."""
    setting = cfg.get("ATTACHMENT_HOSTS")
    setting = DEFAULT_ATTACHMENT_HOSTS if setting is None else setting
    patterns = [p.strip().lower().rstrip(".") for p in setting.split(",") if p.strip()]
    if cfg.get("SANDBOX"):
        standin = urlsplit(cfg.get("GRAPH_API_URL") or "").hostname
        patterns += [h for h in (standin, *SANDBOX_HOSTS) if h and h not in patterns]
    return patterns


def check_url(url, patterns, resolve=socket.getaddrinfo):
    """Raise Refused unless `url` may be fetched; return its host."""
    try:
        parts = urlsplit(url)
        host, port = (parts.hostname or "").lower().rstrip("."), parts.port
    except ValueError as exc:  # a port that is not a number, a broken IPv6 literal
        raise Refused(f"not a URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not host:
        raise Refused("only http(s) URLs with a host are fetched")
    if not any(fnmatch.fnmatchcase(host, pattern) for pattern in patterns):
        raise Refused(f"host {host} is not in ATTACHMENT_HOSTS")
    if host in patterns:
        return host
    try:
        infos = resolve(host, port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host}: {exc}") from None  # DNS may come back: retried
    for info in infos:
        check_address(host, info[4][0], patterns)
    return host


def check_address(host, address, patterns):
    """Refuse a private, loopback or link-local address for a host not listed by exact name."""
    if host in patterns:
        return
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global or ip.is_multicast:
        raise Refused(f"host {host} resolves to a private or loopback address ({ip})")
