#!/usr/bin/env python3
"""The seeds' approach, as the baseline: json.load every JSON file of an export, nothing else.

Prints the seconds taken and the messages seen, as one JSON line."""
import json
import os
import sys
import time

root = sys.argv[1]
start = time.perf_counter()
messages = 0
for folder, _dirs, files in os.walk(root):
    for name in files:
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                data = json.load(f)
            if isinstance(data, list) and folder != root:
                messages += len(data)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "messages": messages}))
