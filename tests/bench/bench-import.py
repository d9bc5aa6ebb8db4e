#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# The import benchmark (docs/PERFORMANCE.md, "Import"): writes a ChatGPT export of
# --messages messages (default 100,000, about 55 MB: conversations of 20 messages with
# a regenerated answer now and then, text of a realistic length), then times the real
# `sotto import` into a fresh vault and reports its wall time and peak RSS (the child's
# ru_maxrss), and that a word of the last conversation is found by `sotto search`.
#   cmake --build build/default --target sotto && tests/bench/bench-import.py
#   tests/bench/bench-import.py --messages 20000 --sotto build/default/bin/sotto
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

WORDS = ("the of and to in is that for it with as was on be by this are from at or an have not which "
         "but they his her all were when we there can been one would if more will what their about so "
         "tokyo river mountain harbour engine garden letter window question answer market winter").split()


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def conversation(rng, index, messages):
    mapping = {"root": {"id": "root", "message": None, "parent": None, "children": []}}
    parent = "root"
    t = 1600000000.0 + index * 3600
    count = 0
    while count < messages:
        role = "user" if count % 2 == 0 else "assistant"
        node = "n%d" % count
        text = " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(2, 6) if role == "user" else rng.randint(6, 9)))
        mapping[node] = {"id": node, "parent": parent, "children": [], "message": {
            "id": node, "author": {"role": role, "name": None, "metadata": {}}, "create_time": t + count,
            "update_time": None, "content": {"content_type": "text", "parts": [text]},
            "status": "finished_successfully", "end_turn": True, "weight": 1.0,
            "metadata": {"model_slug": "gpt-4o"} if role == "assistant" else {}, "recipient": "all"}}
        mapping[parent]["children"].append(node)
        count += 1
        if role == "assistant" and count < messages and rng.random() < 0.1:
            other = node + "b"  # a regenerated answer: a second version
            mapping[other] = json.loads(json.dumps(mapping[node]))
            mapping[other]["id"] = other
            mapping[other]["message"]["id"] = other
            mapping[parent]["children"].append(other)
            count += 1
        parent = node
    return {"title": "Conversation %d" % index, "create_time": 1600000000.0 + index * 3600,
            "update_time": t + count, "mapping": mapping, "current_node": parent,
            "conversation_id": "bench-%08d" % index, "id": "bench-%08d" % index}


def generate(path, total, seed):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        out.write("[")
        written = 0
        index = 0
        while written < total:
            size = min(20, total - written)
            if index:
                out.write(",")
            json.dump(conversation(rng, index, size), out, ensure_ascii=False)
            written += size
            index += 1
        out.write("]")
    return index


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100000)
    parser.add_argument("--sotto", default=os.path.join(os.path.dirname(__file__), "../../build/default/bin/sotto"))
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        export = os.path.join(work, "conversations.json")
        conversations = generate(export, args.messages, args.seed)
        env = dict(os.environ, SOTTO_PASSPHRASE="bench", SOTTO_KDF="interactive",
                   SOTTO_PROFILE=os.path.join(work, "profile"), QT_QPA_PLATFORM="offscreen")
        subprocess.run([args.sotto, "conversations", "list"], env=env, check=True, stdout=subprocess.DEVNULL)
        started = time.monotonic()
        result = subprocess.run([args.sotto, "import", "--format", "chatgpt", export], env=env,
                                capture_output=True, text=True)
        elapsed = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if result.returncode != 0:
            sys.exit("import failed (%d): %s" % (result.returncode, result.stderr.strip()))
        found = subprocess.run([args.sotto, "search", "Conversation %d" % (conversations - 1)], env=env,
                               capture_output=True, text=True).stdout
        print("export: %d messages in %d conversations, %.1f MB" % (args.messages, conversations,
                                                                     os.path.getsize(export) / 1e6))
        print("sotto import: %.2f s wall, %.0f MiB peak RSS" % (elapsed, peak))
        print("  " + result.stdout.strip())
        print("searchable at the end: %s" % ("yes" if found.strip() else "NO"))


if __name__ == "__main__":
    main()
