#!/usr/bin/env python3
"""Every module a target imports is declared as its dependency in Package.swift (SwiftPM's own
--explicit-target-dependency-import-check did not catch undeclared imports here). Usage:
scripts/check_imports.py  (run from anywhere; reads `swift package dump-package`)."""
import json, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
package = json.loads(subprocess.check_output(["swift", "package", "dump-package"], cwd=root, text=True))
# Modules every target may import: the toolchain's own.
system = {"Foundation", "FoundationXML", "FoundationNetworking", "Dispatch", "Glibc", "Musl", "Darwin",
          "Testing", "XCTest", "_Concurrency", "Synchronization"}
problems = []
for target in package["targets"]:
    declared = set()
    for dependency in target.get("dependencies", []):
        for kind in ("byName", "product", "target"):
            if kind in dependency:
                declared.add(dependency[kind][0])
    path = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", target["name"])
    for folder, _, files in os.walk(os.path.join(root, path)):
        for name in files:
            if not name.endswith(".swift"):
                continue
            file = os.path.join(folder, name)
            for number, line in enumerate(open(file, encoding="utf-8"), 1):
                match = re.match(r"\s*(?:@testable\s+|@preconcurrency\s+)?(?:public\s+|internal\s+)?import\s+(?:\w+\s+)?(\w+)", line)
                if match and match.group(1) not in system | declared:
                    problems.append(f"{os.path.relpath(file, root)}:{number}: {target['name']} imports "
                                    f"{match.group(1)}, which Package.swift does not declare for it")
for problem in problems:
    print(problem)
print(f"imports: {len(problems)} undeclared" if problems else "imports: every import is declared")
sys.exit(1 if problems else 0)
