"""An attachment URL read once, strictly, the same way by every parser that will ever see it.

The allow-list used to ask `urllib.parse.urlsplit` for the host while `requests` (urllib3's
`parse_url`) decided where to connect: for `http://127.0.0.1:18081\\@cdn.fbsbx.com/../secret` the
first read `cdn.fbsbx.com`, an allowed host, and the second connected to 127.0.0.1. Here a URL is
taken apart by one strict rule, and refused unless `urlsplit` and `parse_url` both read the same
scheme, host and port from it. Refused outright, since some parser reads each of them its own way:
anything but printable ASCII (IDNA, unicode dots, fullwidth letters), a backslash, userinfo (`@`),
a `%` in the authority, a host that is a number in disguise (`2130706433`, `0177.0.0.1`, `127.1`,
`0x7f.1`), an IPv6 zone, a dot segment in the path (`..`, `%2e%2e`) or an encoded slash in it.
Meta's CDN URLs are plain `https://host/path?query`: none of this refuses one.
"""

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

MAX_URL_LENGTH = 8192
DEFAULT_PORTS = {"http": 80, "https": 443}
_PRINTABLE_ASCII = re.compile(r"^[\x21-\x7e]+$")
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<authority>[^/?#]*)(?P<rest>[/?#].*)?$", re.S)
_AUTHORITY = re.compile(r"^(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(?P<port>[0-9]{1,5}))?$")
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_NUMBER = re.compile(r"^(?:[0-9]+|0x[0-9a-f]*)$")  # what WHATWG URL parsers read as part of an IPv4 address
_DOT_SEGMENT = re.compile(r"(?:^|/)(?:\.|%2e){1,2}(?:/|$)", re.I)


class BadURL(ValueError):
    """The URL is refused as written; the message says which rule."""


@dataclass(frozen=True)
class AttachmentURL:
    scheme: str  # http | https
    host: str  # lowercase DNS name, or an IP address without brackets
    port: int
    target: str  # path and query, as sent on the request line
    is_ip: bool

    @property
    def host_header(self):
        name = f"[{self.host}]" if ":" in self.host else self.host
        return name if self.port == DEFAULT_PORTS[self.scheme] else f"{name}:{self.port}"

    @property
    def url(self):
        """The URL rebuilt from what was judged (sent to a proxy, and joined with a redirect)."""
        return f"{self.scheme}://{self.host_header}{self.target}"


def parse_attachment_url(url):
    """The URL's parts, or BadURL."""
    if not isinstance(url, str) or not url or len(url) > MAX_URL_LENGTH:
        raise BadURL("not a URL of a sensible length")
    if not _PRINTABLE_ASCII.match(url):
        raise BadURL("only printable ASCII is fetched (no spaces, controls, unicode dots or IDNA)")
    if "\\" in url:
        raise BadURL("a backslash is read as a slash by some parsers and not by others")
    match = _URL.match(url)
    if not match:
        raise BadURL("not scheme://host/path")
    scheme = match["scheme"].lower()
    if scheme not in DEFAULT_PORTS:
        raise BadURL("only http(s) URLs are fetched")
    authority = match["authority"]
    if "@" in authority:
        raise BadURL("a user name or password in the URL (@) is refused")
    if "%" in authority:
        raise BadURL("percent-encoding in the host is refused")
    parts = _AUTHORITY.match(authority)
    if not parts:
        raise BadURL("the host is not a plain name, IPv4 or [IPv6] address with an optional port")
    host, is_ip = _host(parts["host"].lower())
    port = int(parts["port"]) if parts["port"] else DEFAULT_PORTS[scheme]
    if not 0 < port < 65536:
        raise BadURL("port out of range")
    target = _target(match["rest"] or "")
    judged = AttachmentURL(scheme, host, port, target, is_ip)
    _same_for_every_parser(url, judged)
    return judged


def _host(host):
    if host.startswith("["):
        try:
            address = ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            raise BadURL("not an IPv6 address in brackets") from None
        return str(address), True
    labels = host.split(".")
    if _NUMBER.match(labels[-1]):  # a numeric last label makes the whole host an IPv4 address
        try:
            address = ipaddress.IPv4Address(host)  # strict: four decimal parts, no leading zeros
        except ValueError:
            raise BadURL("an IPv4 address written other than as four decimal numbers") from None
        return str(address), True
    if len(host) > 253 or not all(_LABEL.match(label) for label in labels):
        raise BadURL("not a valid host name")
    return host, False


def _target(rest):
    """Path and query; the fragment never leaves the machine."""
    path_query = rest.split("#", 1)[0]
    path, _, query = path_query.partition("?")
    if not path.startswith("/"):
        path = "/" + path
    if _DOT_SEGMENT.search(path):
        raise BadURL("a . or .. segment in the path is resolved by some parsers and not by others")
    if re.search(r"%2f|%5c", path, re.I):
        raise BadURL("an encoded slash in the path is refused")
    return path + ("?" + query if query else "")


def _same_for_every_parser(url, judged):
    """urllib's and urllib3's (requests') reading must be this module's."""
    try:
        split, parsed = urlsplit(url), parse_url(url)
        readings = {
            (split.scheme.lower(), (split.hostname or "").lower(), split.port or DEFAULT_PORTS[judged.scheme]),
            (
                (parsed.scheme or "").lower(),
                (parsed.host or "").lower().strip("[]"),
                parsed.port or DEFAULT_PORTS[judged.scheme],
            ),
        }
    except (ValueError, LocationParseError):
        raise BadURL("one of the URL parsers cannot read it") from None
    expected = (judged.scheme, judged.host, judged.port)
    if not all(_same(reading, expected) for reading in readings):
        raise BadURL("two URL parsers read different hosts or ports from it")


def _same(reading, expected):
    """Equal; for an IP host, the same address however written (::FFFF:7f00:1, ::ffff:127.0.0.1)."""
    if reading == expected:
        return True
    try:
        return (reading[0], ipaddress.ip_address(reading[1]), reading[2]) == (
            expected[0],
            ipaddress.ip_address(expected[1]),
            expected[2],
        )
    except ValueError:
        return False
