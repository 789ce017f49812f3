"""Which channel a citizen writes from, told by the key the whole project knows them by.

Everything about a citizen is keyed by (page, PSID): conversations, cases, handoffs, the outbox,
data rights, a denouncer's protection. A Zalo user is keyed the same way, on the same ward's page,
with the PSID `zalo:<Zalo user id>`. A Messenger PSID is digits, so the two never meet, and the
prefix is all any layer needs to know which channel's rules apply (its window, its sender, the hosts
its files come from). Why not a page of its own for the Zalo OA (docs/zalo.md): the ward's officers,
duty roster, calendar, templates, digest and statistics all belong to the ward's page, and a Zalo
citizen is the same ward's citizen.
"""

MESSENGER = "messenger"
ZALO = "zalo"
HOTLINE = "hotline"
ZALO_PREFIX = "zalo:"
# The PSIDs of Zalo citizens, as a range SQLite can answer from an index on psid (';' follows ':').
ZALO_LOW, ZALO_HIGH = "zalo:", "zalo;"
# Where each channel's files may be downloaded from: the setting that lists the hosts.
HOSTS_SETTING = {MESSENGER: "ATTACHMENT_HOSTS", ZALO: "ZALO_ATTACHMENT_HOSTS"}


def channel_of(psid: object) -> str:
    """The channel of a citizen's key: `zalo` for a Zalo user, else `messenger`."""
    return ZALO if isinstance(psid, str) and psid.startswith(ZALO_PREFIX) else MESSENGER


def zalo_psid(user_id: object) -> str:
    """The key of a Zalo user (their id is scoped to the OA, as a PSID is to a page)."""
    return ZALO_PREFIX + str(user_id)


def zalo_user_id(psid: str) -> str | None:
    """The Zalo user id inside a key made by `zalo_psid`."""
    return psid[len(ZALO_PREFIX) :] if channel_of(psid) == ZALO else None


def psid_condition(channel: str | None, column: str = "psid") -> str:
    """A SQL condition (no parameters) that keeps only the rows of `channel`'s citizens."""
    zalo = f"({column} >= '{ZALO_LOW}' AND {column} < '{ZALO_HIGH}')"
    return zalo if channel == ZALO else f"NOT {zalo}"
