#!/usr/bin/env python3
"""Compiles one snippet with -fsyntax-only and checks how it ends.

    check_compile.py --must-fail    snippet.cpp -- <compiler and flags...>
    check_compile.py --must-compile snippet.cpp -- <compiler and flags...>

--must-fail passes only if the compiler rejects the snippet and its first `error:`
line carries the text of the snippet's first line, `// expect: <text>`: the user must
see Quarry's message before anything else. It also counts the `error:` lines, since
the goal is exactly one.

A snippet may also have `// expect-note: <text>` lines: each text must appear somewhere
in the compiler's output. Quarry's struct mapping names the field or column that
broke a rule in the note under its message, since a static_assert message cannot.

--must-compile passes only if the snippet compiles; with -DQUARRY_CONTROL each
snippet turns into its correct variant, which proves that the failure comes from
the one misuse and not from a typo around it.
"""
import subprocess
import sys

EXPECT_PREFIX = "// expect:"
NOTE_PREFIX = "// expect-note:"


def expected_text(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    if not first.startswith(EXPECT_PREFIX):
        sys.exit(f"{path}: the first line must be '{EXPECT_PREFIX} <part of the static_assert message>'")
    text = first[len(EXPECT_PREFIX):].strip()
    if not text:
        sys.exit(f"{path}: '{EXPECT_PREFIX}' has no text")
    return text


def expected_notes(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip()[len(NOTE_PREFIX):].strip() for line in f if line.strip().startswith(NOTE_PREFIX)]


def error_lines(stderr):
    return [line for line in stderr.splitlines() if "error:" in line]


def main(argv):
    if len(argv) < 4 or argv[0] not in ("--must-fail", "--must-compile") or "--" not in argv:
        sys.exit(__doc__)
    mode, snippet = argv[0], argv[1]
    compiler = argv[argv.index("--") + 1:]
    command = compiler + ["-fsyntax-only", snippet]
    if mode == "--must-compile":
        command.insert(-1, "-DQUARRY_CONTROL")
    result = subprocess.run(command, capture_output=True, text=True)
    errors = error_lines(result.stderr)

    if mode == "--must-compile":
        if result.returncode == 0:
            print(f"ok: {snippet} compiles with QUARRY_CONTROL")
            return 0
        print(f"FAIL: the correct variant of {snippet} does not compile")
        print(result.stderr)
        return 1

    expected = expected_text(snippet)
    if result.returncode == 0:
        print(f"FAIL: {snippet} compiles, but should fail with: {expected}")
        return 1
    first = errors[0] if errors else "(no error: line; the compiler exited with %d)" % result.returncode
    if expected not in first:
        where = next((i + 1 for i, line in enumerate(errors) if expected in line), None)
        print(f"FAIL: {snippet} fails, but its first error is not Quarry's message")
        print(f"  expected: {expected}")
        print(f"  first error: {first}")
        if where:
            print(f"  (the expected message is error line {where} of {len(errors)})")
        print(result.stderr)
        return 1
    missing = [note for note in expected_notes(snippet) if note not in result.stderr]
    if missing:
        print(f"FAIL: {snippet} fails with Quarry's message, but the output lacks: {missing}")
        print(result.stderr)
        return 1
    print(f"ok: {snippet}")
    print(f"  {first}")
    print(f"  error lines: {len(errors)}")
    for line in errors[1:]:
        print(f"  follow-on: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
