#!/usr/bin/env python3
"""`openclaw security audit` beside compose-lint and hadolint on the same files.

Breaks one property of a copy of the shipped docker-compose.yml (the openclaw service) or
Dockerfile at a time, runs the three tools on the copy, and prints, per break, what each reports
that it did not report on the unbroken files. The long form of a measurement (docs/SECURITY.md,
"The audit beside compose-lint and hadolint"); run it through deploy/test/audit-vs-linters.sh.

usage: audit-vs-linters.py OPENCLAW_BINARY COMPOSE_LINT HADOLINT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def service(document):
    return document["services"]["openclaw"]


def security_opt_without_no_new_privileges(s):
    s["security_opt"] = [o for o in s["security_opt"] if not o.startswith("no-new-privileges")]


COMPOSE_BREAKS = {
    "privileged: true": lambda s: s.update(privileged=True),
    "pid: host": lambda s: s.update(pid="host"),
    "network_mode: host": lambda s: (s.pop("networks"), s.update(network_mode="host")),
    "no runtime: runsc": lambda s: s.pop("runtime"),
    "no read_only": lambda s: s.pop("read_only"),
    "no cap_drop: [ALL]": lambda s: s.pop("cap_drop"),
    "cap_add: SYS_ADMIN": lambda s: s["cap_add"].append("SYS_ADMIN"),
    "no no-new-privileges": security_opt_without_no_new_privileges,
    "seccomp:unconfined": lambda s: s["security_opt"].append("seccomp:unconfined"),
    "no resource limits": lambda s: s.pop("deploy"),
    "user: root": lambda s: s.update(user="root"),
    "no user": lambda s: s.pop("user"),
    "port on 0.0.0.0": lambda s: s.update(ports=["18789:18789"]),
    "API key in environment": lambda s: s.update(environment={"ANTHROPIC_API_KEY": "sk-ant-api03-" + "q" * 40}),
    "password in a URL": lambda s: s.update(environment={"STORE_URL": "postgres://app:hunter2pass@db/app"}),
    "docker.sock mounted": lambda s: s["volumes"].append("/var/run/docker.sock:/var/run/docker.sock"),
    "/etc mounted": lambda s: s["volumes"].append("/etc:/host-etc"),
    "logging: none": lambda s: s.update(logging={"driver": "none"}),
}

HEALTHCHECK = 'HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \\\n    CMD ["openclaw", "health", "--timeout", "3"]\n'
USER = "USER ${OPENCLAW_UID}:${OPENCLAW_GID}\n"

DOCKERFILE_BREAKS = {
    "no USER": (USER, ""),
    "USER root": (USER, "USER root\n"),
    "no HEALTHCHECK": (HEALTHCHECK, ""),
    "token in ENV": (USER, "ENV TELEGRAM_BOT_TOKEN=123456789:" + "Z" * 35 + "\n" + USER),
    "unpinned base": ("ARG RUNTIME_BASE=debian:bookworm-slim\n", "ARG RUNTIME_BASE=debian\n"),
    "ADD from a URL": (USER, "ADD https://example.org/tool.tar.gz /opt/\n" + USER),
    "curl | sh": ("WORKDIR /src\n", "WORKDIR /src\nRUN curl -fsSL https://example.org/install.sh | sh\n"),
}


def run(arguments, cwd):
    return subprocess.run(arguments, cwd=cwd, capture_output=True, text=True)


def audit_ids(openclaw, folder):
    result = run([openclaw, "security", "audit", "--json", "--config", "config/openclaw.json",
                  "--compose", "docker-compose.yml", "--dockerfile", "Dockerfile"], folder)
    report = json.loads(result.stdout)
    return {f"{f['checkId']} ({f['severity']})" for f in report["findings"]
            if f["checkId"].startswith("dockerfile.") or "services.openclaw." in f["target"]}


def compose_lint_ids(tool, folder):
    result = run([tool, "check", "--format", "json", "--no-pager", "docker-compose.yml"], folder)
    report = json.loads(result.stdout)
    return {f"{f['rule_id']} ({f['severity']})" for f in report["findings"] if f.get("service") == "openclaw"}


def hadolint_ids(tool, folder):
    result = run([tool, "-f", "json", "--no-fail", "Dockerfile"], folder)
    return {f"{f['code']} ({f['level']})" for f in json.loads(result.stdout or "[]")}


def copy_of_checkout():
    folder = tempfile.mkdtemp(prefix="openclaw-linters-")
    for name in ("docker-compose.yml", "Dockerfile"):
        shutil.copy(os.path.join(ROOT, name), folder)
    shutil.copytree(os.path.join(ROOT, "config"), os.path.join(folder, "config"))
    return folder


def main():
    openclaw, compose_lint, hadolint = sys.argv[1:4]
    tools = {
        "openclaw": lambda folder: audit_ids(openclaw, folder),
        "compose-lint": lambda folder: compose_lint_ids(compose_lint, folder),
        "hadolint": lambda folder: hadolint_ids(hadolint, folder),
    }
    baseline_folder = copy_of_checkout()
    baseline = {name: tool(baseline_folder) for name, tool in tools.items()}
    print("On the shipped files (the openclaw service):")
    for name, found in baseline.items():
        print(f"  {name:13} {', '.join(sorted(found)) or 'nothing'}")
    shutil.rmtree(baseline_folder)

    cases = [("compose", name, change) for name, change in COMPOSE_BREAKS.items()]
    cases += [("Dockerfile", name, change) for name, change in DOCKERFILE_BREAKS.items()]
    counts = {name: 0 for name in tools}
    print("\nOne break at a time; what each tool reports beyond the shipped files:")
    print(f"  {'break':32} {'openclaw security audit':40} {'compose-lint':20} hadolint")
    for kind, name, change in cases:
        folder = copy_of_checkout()
        if kind == "compose":
            path = os.path.join(folder, "docker-compose.yml")
            with open(path) as handle:
                document = yaml.safe_load(handle)
            change(service(document))
            with open(path, "w") as handle:
                yaml.safe_dump(document, handle, sort_keys=False)
        else:
            path = os.path.join(folder, "Dockerfile")
            with open(path) as handle:
                text = handle.read()
            old, new = change
            assert old in text, f"{name}: the Dockerfile no longer has {old!r}"
            with open(path, "w") as handle:
                handle.write(text.replace(old, new, 1))
        new_findings = {tool_name: sorted(tool(folder) - baseline[tool_name]) for tool_name, tool in tools.items()}
        for tool_name, found in new_findings.items():
            counts[tool_name] += bool(found)
        shown = {tool_name: ", ".join(found) or "-" for tool_name, found in new_findings.items()}
        print(f"  {kind + ': ' + name:32} {shown['openclaw']:40} {shown['compose-lint']:20} {shown['hadolint']}")
        shutil.rmtree(folder)
    print(f"\nBreaks noticed, of {len(COMPOSE_BREAKS)} compose and {len(DOCKERFILE_BREAKS)} Dockerfile: "
          + ", ".join(f"{name} {count}" for name, count in counts.items()))


if __name__ == "__main__":
    main()
