"""`.env` is read by the entry points (`python -m bot`, `webhook:app`), never by importing the
configuration: an app built in-process, as every test builds one, keeps the settings it is given
whatever `.env` lies in the working folder."""

import os
import subprocess
import sys

from live import ROOT

from webhook import create_app

WARD_FROM_FILE = "UBND phường Từ Tệp Env"


def write_env_file(folder, database):
    (folder / ".env").write_text(f"WARD_NAME={WARD_FROM_FILE}\nDATABASE_PATH={database}\n", encoding="utf-8")


def clean_env(**extra):
    """This environment without the suite's PAKN_ENV_FILE and without the settings the file sets."""
    env = {k: v for k, v in os.environ.items() if k not in ("PAKN_ENV_FILE", "WARD_NAME", "DATABASE_PATH")}
    return dict(env, PYTHONPATH=str(ROOT), **extra)


def test_an_env_file_in_the_working_folder_does_not_reach_an_app_built_in_process(tmp_path, monkeypatch):
    write_env_file(tmp_path, tmp_path / "from-env-file.db")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PAKN_ENV_FILE", raising=False)
    app = create_app({"DATABASE_PATH": str(tmp_path / "given.db"), "START_WORKERS": False})
    assert app.config["WARD_NAME"] != WARD_FROM_FILE and "WARD_NAME" not in os.environ
    # A fresh interpreter, as a test run started in that folder: importing the app reads no file.
    build = "from webhook import create_app; print(create_app({'START_WORKERS': False}).config['WARD_NAME'])"
    env = clean_env(DATABASE_PATH=str(tmp_path / "fresh.db"))
    done = subprocess.run([sys.executable, "-c", build], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "UBND phường Ái Quốc"


def test_python_m_bot_reads_the_env_file_of_its_working_folder(tmp_path):
    write_env_file(tmp_path, tmp_path / "from-env-file.db")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "officer", "list"], cwd=tmp_path, env=clean_env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "from-env-file.db").exists()  # the command opened the database `.env` names


def test_pakn_env_file_names_another_file(tmp_path):
    other = tmp_path / "settings"
    other.mkdir()
    write_env_file(other, tmp_path / "named.db")
    env = clean_env(PAKN_ENV_FILE=str(other / ".env"))
    done = subprocess.run([sys.executable, "-m", "bot", "officer", "list"], cwd=tmp_path, env=env, capture_output=True)
    assert done.returncode == 0 and (tmp_path / "named.db").exists()
