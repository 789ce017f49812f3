"""Which hosts, and which addresses, the downloader may fetch a citizen's file from.

A signed event names any URL it likes: a forged "file" pointing at 127.0.0.1 or an internal
service was fetched, stored and offered for download in the console. `judge` decides once, for the
URL as messenger/attachment_url.py reads it: the host must match `ATTACHMENT_HOSTS` (Meta's CDN by
default), and the addresses it resolves to are returned with the verdict, so that the download
connects to exactly the address judged (messenger/safe_fetch.py) and a name cannot resolve to
something else a moment later. A host matched by a wildcard must resolve to public addresses only:
a name under *.fbcdn.net that points into the ward's network is refused. A host listed by its exact
name or address (the sandbox's own stand-in) is trusted as listed.
"""

import fnmatch
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.config import DEFAULT_ATTACHMENT_HOSTS
from messenger.attachment_url import AttachmentURL, BadURL, parse_attachment_url

# The sandbox serves its files from the built-in stand-in, on this machine (sandbox/graph_standin.py).
SANDBOX_HOSTS = ("127.0.0.1", "localhost", "::1")
# IPv6 ranges that carry an IPv4 address a gateway may deliver to (NAT64, 6to4, Teredo, the old
# IPv4-compatible form): a wildcard host resolving there is judged by that IPv4 address.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_COMPATIBLE = ipaddress.ip_network("::/96")


class Refused(Exception):
    """Never fetched, and never tried again: the URL itself is not allowed."""


@dataclass(frozen=True)
class Verdict:
    """A URL allowed: its parts, and the addresses a connection may go to (in resolver order)."""

    url: AttachmentURL
    addresses: tuple


def host_patterns(cfg, setting_name="ATTACHMENT_HOSTS"):
    """The patterns in force: the setting's, plus in sandbox mode the stand-in's host. Each channel
    names its own setting (core/channels.py: HOSTS_SETTING): Zalo's files come from Zalo's CDN."""
    setting = cfg.get(setting_name)
    if setting is None:
        setting = DEFAULT_ATTACHMENT_HOSTS if setting_name == "ATTACHMENT_HOSTS" else ""
    patterns = [p.strip().lower().rstrip(".").strip("[]") for p in setting.split(",") if p.strip()]
    if cfg.get("SANDBOX"):
        standin = urlsplit(cfg.get("GRAPH_API_URL") or "").hostname
        patterns += [h for h in (standin, *SANDBOX_HOSTS) if h and h not in patterns]
    return patterns


def judge(url, patterns, resolve=socket.getaddrinfo):
    """The Verdict for `url`; Refused when it may not be fetched, OSError when its name does not
    resolve now (DNS may come back: the download is tried again)."""
    try:
        parts = parse_attachment_url(url)
    except BadURL as bad:
        raise Refused(str(bad)) from None
    host = parts.host
    if not any(fnmatch.fnmatchcase(host, pattern) for pattern in patterns):
        raise Refused(f"host {host} is not in ATTACHMENT_HOSTS")
    if parts.is_ip:
        addresses = (host,)
    else:
        try:
            infos = resolve(host, parts.port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise OSError(f"cannot resolve {host}: {exc}") from None
        addresses = tuple(dict.fromkeys(info[4][0].split("%")[0] for info in infos))
        if not addresses:
            raise OSError(f"cannot resolve {host}: no address")
    if host not in patterns:  # matched by a wildcard: every address must be public
        for address in addresses:
            check_address(host, address)
    return Verdict(parts, addresses)


def check_address(host, address):
    """Refuse a private, loopback, link-local or multicast address (also one inside an IPv6 form)."""
    ip = ipaddress.ip_address(address)
    if not _public(ip):
        raise Refused(f"host {host} resolves to a private or loopback address ({ip})")


def _public(ip):
    if ip.version == 6:
        embedded = ip.ipv4_mapped or (ip.sixtofour) or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and (ip in _NAT64 or ip in _COMPATIBLE):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return _public(embedded)
    return ip.is_global and not ip.is_multicast
