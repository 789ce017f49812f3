"""Names for what the lower layers hand each other, so that a signature says what it carries.

`Settings` is the app's configuration or one ward's (Flask's Config, a test's dict, or
`core.pages.page_config`'s merge of the two): the lower layers only read it. `Row` is one row as
sqlite-utils returns it, column name to value; a case, an officer or a message travels as one.
"""

from collections.abc import Mapping
from typing import Any

Settings = Mapping[str, Any]
Row = dict[str, Any]
