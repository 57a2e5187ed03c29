import subprocess

from tests.conftest import ROOT, afterview_command


def test_help_lists_every_command():
    from afterview.cli import COMMANDS

    out = subprocess.run(afterview_command("--help"), cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    for name in COMMANDS:
        assert f"  {name}" in out.stdout


def test_unknown_command_is_a_clear_error():
    out = subprocess.run(afterview_command("frobnicate"), cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "unknown command 'frobnicate'" in out.stderr
