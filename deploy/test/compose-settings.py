"""Reads the compose model that `docker compose config --format json` resolved (stdin) and checks
the hardening each service must keep. Prints one line per check; exits 1 if any fails."""
import json
import re
import sys

model = json.load(sys.stdin)
services = model["services"]
failures = []


def check(ok, what):
    print(("   PASS  " if ok else "   FAIL  ") + what)
    if not ok:
        failures.append(what)


gateway = services["openclaw"]
check(gateway.get("container_name") == "openclaw-gateway", "openclaw: container_name openclaw-gateway")
check(gateway.get("image") == "openclaw:secure", "openclaw: image openclaw:secure")
check(gateway.get("runtime") == "runsc", "openclaw: runtime runsc")
check(gateway.get("user") == "10001:10001", "openclaw: user 10001:10001")
check(gateway.get("cap_add") == ["NET_BIND_SERVICE"], "openclaw: cap_add is NET_BIND_SERVICE alone")
check(any(o.startswith("apparmor=") for o in gateway.get("security_opt", [])), "openclaw: AppArmor profile named")
check("openclaw" in gateway.get("healthcheck", {}).get("test", []) and "health" in gateway["healthcheck"]["test"],
      "openclaw: healthcheck runs openclaw health")
check(gateway.get("restart") == "unless-stopped", "openclaw: restart unless-stopped")
check([p.get("host_ip") for p in gateway.get("ports", [])] == ["127.0.0.1"] and gateway["ports"][0]["target"] == 18789,
      "openclaw: 127.0.0.1:18789 is the only published port")
config_mounts = [v for v in gateway.get("volumes", []) if v.get("target") == "/app/config"]
check(len(config_mounts) == 1 and config_mounts[0].get("read_only") is True, "openclaw: config mounted read-only")
state_mounts = [v for v in gateway.get("volumes", []) if v.get("target") == "/app/workspace"]
check(len(state_mounts) == 1 and state_mounts[0].get("type") == "volume", "openclaw: state in a named volume")
check(set(gateway.get("networks", {})) == {"openclaw-net", "openclaw-external"}, "openclaw: on openclaw-net and openclaw-external")
check(model["networks"]["openclaw-net"].get("internal") is True, "network openclaw-net is internal")

secret_name = re.compile(r"(TOKEN|KEY|PASSWORD|SECRET)", re.IGNORECASE)
for name, service in sorted(services.items()):
    check(service.get("read_only") is True, f"{name}: read_only root filesystem")
    check(service.get("cap_drop") == ["ALL"], f"{name}: cap_drop ALL")
    check("no-new-privileges:true" in service.get("security_opt", []), f"{name}: no-new-privileges")
    user = str(service.get("user", ""))
    check(user != "" and not user.startswith("0") and not user.startswith("root"), f"{name}: non-root user ({user})")
    limits = service.get("deploy", {}).get("resources", {}).get("limits", {})
    check(all(k in limits for k in ("cpus", "memory", "pids")), f"{name}: cpu, memory and pids limits")
    logging = service.get("logging", {})
    check(logging.get("driver") == "json-file" and {"max-size", "max-file"} <= set(logging.get("options", {})),
          f"{name}: json-file logs with rotation")
    check("healthcheck" in service, f"{name}: healthcheck")
    check(all(p.get("host_ip") == "127.0.0.1" for p in service.get("ports", [])), f"{name}: published ports on 127.0.0.1 only")
    check("openclaw-net" in service.get("networks", {}), f"{name}: on the internal network")
    leaked = [k for k, v in (service.get("environment") or {}).items() if secret_name.search(k) and not k.endswith("__FILE")]
    check(not leaked, f"{name}: no secret in environment ({', '.join(leaked) or 'none'})")
    for secret in service.get("secrets", []):
        check(secret["target"].startswith("/run/secrets/"), f"{name}: secret {secret['source']} under /run/secrets")

print(f"{sum(1 for _ in failures)} hardening check(s) failed" if failures else "every hardening check held")
sys.exit(1 if failures else 0)
