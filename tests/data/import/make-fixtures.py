#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Sotto developers
#
# Writes the import fixtures beside this script (run it again after changing it and
# commit what it writes). Small, hand-made stand-ins for real exports, in the shapes
# the providers' exports have: ChatGPT's conversations.json (a `mapping` tree of nodes,
# `current_node`, image_asset_pointer parts naming file-service:// files that the export
# .zip holds as file-<id>-<name>), Claude's (chat_messages with content blocks), and
# hostile zips (a bomb, a path leaving the archive).
import json
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def png(width, height, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def message(node_id, role, parts, time, content_type="text", hidden=False, recipient="all", model=None, extra=None):
    metadata = {}
    if hidden:
        metadata["is_visually_hidden_from_conversation"] = True
    if model:
        metadata["model_slug"] = model
    content = {"content_type": content_type}
    if content_type in ("text", "multimodal_text"):
        content["parts"] = parts
    if extra:
        content.update(extra)
    return {"id": node_id, "author": {"role": role, "name": None, "metadata": {}}, "create_time": time,
            "update_time": None, "content": content, "status": "finished_successfully", "end_turn": True,
            "weight": 1.0, "metadata": metadata, "recipient": recipient, "channel": None}


def node(node_id, msg, parent, children):
    return {"id": node_id, "message": msg, "parent": parent, "children": children}


def image_pointer(file_id):
    return {"content_type": "image_asset_pointer", "asset_pointer": "file-service://" + file_id,
            "size_bytes": 120, "width": 4, "height": 3, "fovea": None, "metadata": {"dalle": None, "sanitized": True}}


def chatgpt():
    mapping = {
        "root": node("root", None, None, ["sys"]),
        "sys": node("sys", message("sys", "system", [""], None, hidden=True), "root", ["u1"]),
        # A null create_time: the conversation's own is used.
        "u1": node("u1", message("u1", "user", [image_pointer("file-Img1"), "Plan a day in 東京 with this photo"], None,
                                 content_type="multimodal_text"), "sys", ["ctx"]),
        "ctx": node("ctx", message("ctx", "system", ["The user's custom instructions"], 1700000050.0, hidden=True),
                    "u1", ["a1", "a2"]),
        "a1": node("a1", message("a1", "assistant", ["Start in **Asakusa** at Sensō-ji."], 1700000100.25,
                                 model="gpt-4o"), "ctx", ["u2"]),
        "u2": node("u2", message("u2", "user", ["Tell me more"], 1700000300.0), "a1", ["a5"]),
        "a5": node("a5", message("a5", "assistant", ["Nakamise street has snacks 🍡."], 1700000320.0, model="gpt-4o"),
                   "u2", []),
        "a2": node("a2", message("a2", "assistant", ["Start in Shibuya instead."], 1700000200.0, model="gpt-4o"),
                   "ctx", ["call"]),
        "call": node("call", message("call", "assistant", [], 1700000210.0, content_type="code", recipient="python",
                                     extra={"language": "python", "text": "print(1 + 1)"}), "a2", ["out"]),
        "out": node("out", message("out", "tool", [], 1700000211.0, content_type="execution_output",
                                   extra={"text": "2"}), "call", ["a3"]),
        "a3": node("a3", message("a3", "assistant", ["The sum is 2."], 1700000215.0, model="gpt-4o"), "out", ["u3"]),
        "u3": node("u3", message("u3", "user", [image_pointer("file-Missing"), "And this one?"], 1700000400.0,
                                 content_type="multimodal_text"), "a3", ["empty"]),
        "empty": node("empty", message("empty", "assistant", [""], 1700000401.0), "u3", ["a4"]),
        "a4": node("a4", message("a4", "assistant", ["That is Tokyo Tower."], 1700000402.0, model="gpt-4o"),
                   "empty", []),
    }
    first = {"title": "Trip to 東京", "create_time": 1700000000.5, "update_time": 1700000900.75, "mapping": mapping,
             "moderation_results": [], "current_node": "a5", "plugin_ids": None,
             "conversation_id": "6f0e1c2a-8d4b-4c55-9d3e-2b1f7a9c0e11", "conversation_template_id": None,
             "gizmo_id": None, "is_archived": False, "safe_urls": [], "default_model_slug": "gpt-4o",
             "id": "6f0e1c2a-8d4b-4c55-9d3e-2b1f7a9c0e11"}
    thoughts = {
        "r": node("r", None, None, ["q"]),
        "q": node("q", message("q", "user", ["What is 2 + 2?"], 1700100000.0), "r", ["t"]),
        "t": node("t", message("t", "assistant", [], 1700100001.0, content_type="thoughts",
                               extra={"thoughts": [{"summary": "Adding", "content": "Two and two make four."}],
                                      "source_analysis_msg_id": "x"}), "q", ["a"]),
        "a": node("a", message("a", "assistant", ["4"], 1700100002.0, model="o3"), "t", []),
    }
    second = {"title": "Sums", "create_time": 1700100000.0, "update_time": None, "mapping": thoughts,
              "current_node": "a", "conversation_id": "0b7d3e55-1f2a-4e8b-a6c1-5d9e8f7a6b42",
              "id": "0b7d3e55-1f2a-4e8b-a6c1-5d9e8f7a6b42"}
    return [first, second]


def claude():
    return [{
        "uuid": "c1a0d9e2-7b3f-4a61-8e25-90f1d2c3b4a5", "name": "Recipe ideas",
        "created_at": "2024-05-01T10:00:00.000000Z", "updated_at": "2024-05-01T10:05:00.000000Z",
        "account": {"uuid": "a0000000-0000-4000-8000-000000000001"},
        "chat_messages": [
            {"uuid": "m1", "text": "Give me a recipe",
             "content": [{"start_timestamp": "2024-05-01T10:00:00.000000Z", "stop_timestamp": None, "type": "text",
                          "text": "Give me a recipe", "citations": []}],
             "sender": "human", "created_at": "2024-05-01T10:00:00.000000Z",
             "updated_at": "2024-05-01T10:00:00.000000Z",
             "attachments": [{"file_name": "pantry.txt", "file_size": 11, "file_type": "txt",
                              "extracted_content": "eggs, flour"}],
             "files": [{"file_name": "fridge.jpg"}]},
            {"uuid": "m2", "text": "",
             "content": [{"type": "thinking", "thinking": "They have eggs and flour."},
                         {"type": "text", "text": "Pancakes 🥞: whisk, rest, fry.", "citations": []},
                         {"type": "tool_use", "name": "web_search", "input": {"query": "pancakes"}}],
             "sender": "assistant", "created_at": "2024-05-01T10:00:05.000000Z",
             "updated_at": "2024-05-01T10:00:09.000000Z", "attachments": [], "files": []},
            {"uuid": "m3", "text": "", "content": [], "sender": "human",
             "created_at": "2024-05-01T10:01:00.000000Z", "updated_at": "2024-05-01T10:01:00.000000Z",
             "attachments": [], "files": []},
            {"uuid": "m4", "text": "Thanks, مرحبا", "sender": "human", "created_at": None,
             "updated_at": None, "attachments": [], "files": []},
        ]}]


def claude_branches():
    """A conversation that branched: a retried answer, then an edited question under the
    first answer; the current leaf is on the first answer's branch, which is not the newest. A tool-only
    message between two kept ones is dropped and its child re-linked."""
    def message(uuid, parent, sender, text, minute):
        return {"uuid": uuid, "parent_message_uuid": parent, "text": text,
                "content": [{"type": "text", "text": text}] if text else
                [{"type": "tool_use", "name": "web_search", "input": {}}],
                "sender": sender, "created_at": "2024-06-02T09:%02d:00.000000Z" % minute,
                "updated_at": "2024-06-02T09:%02d:00.000000Z" % minute, "attachments": [], "files": []}
    root = "00000000-0000-4000-8000-000000000000"
    return [{
        "uuid": "c2b0e1f3-8c4d-4b72-9f36-a1e2d3c4b5a6", "name": "Colours",
        "created_at": "2024-06-02T09:00:00.000000Z", "updated_at": "2024-06-02T09:09:00.000000Z",
        "current_leaf_message_uuid": "b3",
        "chat_messages": [
            message("b1", root, "human", "Name a colour", 0),
            message("b2", "b1", "assistant", "Blue.", 1),
            message("b3", "b2", "human", "Why blue?", 2),
            message("b4", "b1", "assistant", "Green.", 3),
            message("b5", "b4", "assistant", "", 4),
            message("b6", "b5", "human", "Why green?", 5),
        ]}]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def zipped(name, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", method, compresslevel=9) as z:
        for entry, data in entries:
            z.writestr(entry, data)


def main():
    conversations = json.dumps(chatgpt(), ensure_ascii=False, indent=1).encode()
    write("chatgpt-conversations.json", conversations)
    zipped("chatgpt-export.zip", [("conversations.json", conversations),
                                  ("file-Img1-photo.png", png(4, 3, (200, 30, 30))),
                                  ("chat.html", b"<html></html>"), ("user.json", b"{}")])
    write("claude-conversations.json", json.dumps(claude(), ensure_ascii=False, indent=1).encode())
    zipped("claude-export.zip", [("conversations.json", json.dumps(claude(), ensure_ascii=False).encode()),
                                 ("users.json", b"[]")])
    write("claude-branches.json", json.dumps(claude_branches(), ensure_ascii=False, indent=1).encode())
    # 128 MiB of blanks inside a list: about 130 KB packed.
    zipped("bomb.zip", [("conversations.json", b"[" + b" " * (128 * 1024 * 1024) + b"]")])
    # An image that unpacks to far more than it holds, named by an otherwise good export.
    zipped("image-bomb.zip", [("conversations.json", conversations),
                              ("file-Img1-photo.png", b"\x89PNG" + b"\0" * (96 * 1024 * 1024))])
    zipped("traversal.zip", [("conversations.json", conversations), ("../outside.txt", b"x")])


if __name__ == "__main__":
    main()
