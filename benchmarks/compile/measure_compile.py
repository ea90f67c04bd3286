#!/usr/bin/env python3
"""Times g++ -O2 compiling the compile-time benchmark's two generated translation units
(generate_queries.py) with /usr/bin/time -v, and prints a Markdown table: wall and CPU
seconds and peak memory of each, and Quarry's extra cost per query over the raw SQL
strings, against issue 7's target for the Quarry unit. (On a machine shared with other
work, CPU seconds are the steadier figure.)

Usage: measure_compile.py BUILD_DIRECTORY [RUNS]
The build directory must have built benchmarks/compile (its compile_commands.json gives
each unit's exact command, whose optimization level is set to -O2). With several RUNS, the
units are compiled in turn, so that a slow spell of the machine touches both alike, and the
median of each figure is reported.
"""
import json
import pathlib
import re
import shlex
import statistics
import subprocess
import sys
import tempfile

QUERIES = 103  # generate_queries.py: 10 per table for 10 tables, 3 on the 200-column table
UNITS = [("Quarry DSL", "quarry_queries.cpp"), ("raw SQL strings, SQLite C API", "raw_queries.cpp")]
TARGET_CPU_SECONDS, TARGET_PEAK_MB = 9, 700  # the Quarry unit's, with g++ 12 at -O2


def compile_command(build, source_name, object_path):
    for entry in json.loads((build / "compile_commands.json").read_text()):
        if entry["file"].endswith(source_name) and "benchmarks/compile" in entry["output"]:
            words = shlex.split(entry["command"])
            kept, skip = [], False
            for word in words:
                if skip:
                    skip = False
                elif word in ("-MQ", "-MF", "-o"):
                    skip = True  # drop the dependency file and the object: ours goes elsewhere
                elif word != "-MD":
                    kept.append("-O2" if re.fullmatch(r"-O[0-3s]", word) else word)
            return kept + ["-o", str(object_path)], entry["directory"]
    sys.exit(f"{source_name} is not in {build}/compile_commands.json: build benchmarks/compile first")


def measure(command, directory):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=directory, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr)
    elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    seconds = sum(float(part) * 60 ** k for k, part in enumerate(reversed(elapsed.split(":"))))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", result.stderr).group(1)) for kind in ("User", "System"))
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return seconds, cpu, peak_kb / 1024


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1]).resolve()
    runs = int(sys.argv[2]) if len(sys.argv) == 3 else 1
    samples = {title: [] for title, _ in UNITS}
    with tempfile.TemporaryDirectory() as scratch:
        commands = {title: compile_command(build, source, pathlib.Path(scratch) / "unit.o") for title, source in UNITS}
        for _ in range(runs):
            for title, (command, directory) in commands.items():
                samples[title].append(measure(command, directory))
    figures = {title: tuple(statistics.median(s[k] for s in runs_of) for k in range(3))
               for title, runs_of in samples.items()}
    quarry, raw = figures[UNITS[0][0]], figures[UNITS[1][0]]
    met = quarry[1] < TARGET_CPU_SECONDS and quarry[2] < TARGET_PEAK_MB
    target = f"under {TARGET_CPU_SECONDS} s and {TARGET_PEAK_MB} MB: {'met' if met else 'missed'}"
    print(f"| g++ -O2, {QUERIES} queries in one unit, median of {runs} | wall time | CPU time | peak memory | target |")
    print("|---|---|---|---|---|")
    for title, (wall, cpu, mb) in figures.items():
        print(f"| {title} | {wall:.2f} s | {cpu:.2f} s | {mb:.0f} MB | {target if title == UNITS[0][0] else '—'} |")
    extra = [(q - r) / QUERIES for q, r in zip(quarry, raw)]
    print(f"| Quarry's extra cost per query | {extra[0]:.3f} s | {extra[1]:.3f} s | {extra[2]:.2f} MB | — |")


if __name__ == "__main__":
    main()
