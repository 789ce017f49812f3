"""Nothing Zalo is required, and a live OA is refused with a placeholder secret, as a page is."""

import pytest
from zalo_support import zalo_settings

from cli.serve import StartupError, check_secrets
from core.live_checks import is_live, placeholder_settings
from runtime.background import Workers


def live_cfg(**more):
    return {"SANDBOX": False, "PAGE_ACCESS_TOKEN": "", "PAGES": [], **zalo_settings("http://127.0.0.1:9"), **more}


def test_without_zalo_settings_nothing_zalo_runs(app, db):
    assert "zalo_intake" not in app.blueprints and "zalo_standin" not in app.blueprints
    assert Workers(app.config).zalo is None
    assert db.execute("SELECT count(*) FROM zalo_tokens").fetchone() == (0,)


def test_an_oa_alone_makes_the_server_live():
    assert is_live("", [], zalo_oa=True) and not is_live("", [], zalo_oa=False)


@pytest.mark.parametrize("name", ["ZALO_APP_SECRET", "ZALO_OA_SECRET_KEY"])
def test_a_live_oa_with_a_placeholder_secret_does_not_start(name):
    cfg = live_cfg(**{name: "change-me"})
    environ = {"SECRET_KEY": "a-real-session-key"}
    assert placeholder_settings(cfg, environ) == [name]
    with pytest.raises(StartupError, match=name):
        check_secrets(cfg)


def test_a_zalo_only_ward_needs_no_meta_secrets():
    assert placeholder_settings(live_cfg(), {"SECRET_KEY": "a-real-session-key"}) == []
