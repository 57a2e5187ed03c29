import subprocess

from tests.conftest import ROOT, afterview_command


def test_help_lists_every_command():
    from cli.main import COMMANDS

    out = subprocess.run(afterview_command("--help"), cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    for name in COMMANDS:
        assert f"  {name}" in out.stdout


def test_unknown_command_is_a_clear_error():
    out = subprocess.run(afterview_command("frobnicate"), cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "unknown command 'frobnicate'" in out.stderr


def test_a_reader_that_goes_away_stops_the_command_quietly():
    # `afterview classify Takeout.mbox | head`: the pipe closes before the output is written.
    corpus = ROOT / "tests" / "corpus" / "real" / "dev"
    command = subprocess.Popen(
        afterview_command("classify", str(corpus)),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    command.stdout.close()
    stderr = command.stderr.read().decode()
    command.stderr.close()
    assert command.wait(timeout=60) == 141
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
