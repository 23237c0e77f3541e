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


def check_gateway(name, container_name, published_port):
    gateway = services[name]
    check(gateway.get("container_name") == container_name, f"{name}: container_name {container_name}")
    check(gateway.get("image") == "openclaw:secure", f"{name}: image openclaw:secure")
    check(gateway.get("runtime") == "runsc", f"{name}: runtime runsc")
    check(gateway.get("user") == "10001:10001", f"{name}: user 10001:10001")
    check(gateway.get("cap_add") == ["NET_BIND_SERVICE"], f"{name}: cap_add is NET_BIND_SERVICE alone")
    check(any(o.startswith("apparmor=") for o in gateway.get("security_opt", [])), f"{name}: AppArmor profile named")
    check("openclaw" in gateway.get("healthcheck", {}).get("test", []) and "health" in gateway["healthcheck"]["test"],
          f"{name}: healthcheck runs openclaw health")
    check(gateway.get("restart") == "unless-stopped", f"{name}: restart unless-stopped")
    ports = gateway.get("ports", [])
    check([p.get("host_ip") for p in ports] == ["127.0.0.1"] and ports[0]["target"] == 18789
          and str(ports[0]["published"]) == published_port,
          f"{name}: 127.0.0.1:{published_port} is the only published port")
    config_mounts = [v for v in gateway.get("volumes", []) if v.get("target") == "/app/config"]
    check(len(config_mounts) == 1 and config_mounts[0].get("read_only") is True, f"{name}: config mounted read-only")
    state_mounts = [v for v in gateway.get("volumes", []) if v.get("target") == "/app/workspace"]
    check(len(state_mounts) == 1 and state_mounts[0].get("type") == "volume", f"{name}: state in a named volume")
    check(set(gateway.get("networks", {})) == {"openclaw-net", "openclaw-external"}, f"{name}: on openclaw-net and openclaw-external")
    return state_mounts[0].get("source") if state_mounts else None


def check_postgres(name):
    database = services[name]
    check(re.fullmatch(r"postgres:\d+\.\d+(-\w+)?", database.get("image", "")) is not None,
          f"{name}: official image pinned by minor version ({database.get('image')})")
    check(database.get("runtime") == "runsc", f"{name}: runtime runsc")
    check(not database.get("cap_add"), f"{name}: no capability added")
    check(not database.get("ports"), f"{name}: no published port")
    check(set(database.get("networks", {})) == {"openclaw-net"}, f"{name}: on the internal network only")
    environment = database.get("environment") or {}
    check(environment.get("POSTGRES_PASSWORD_FILE", "").startswith("/run/secrets/") and "POSTGRES_PASSWORD" not in environment,
          f"{name}: password from a secret file")
    check("pg_isready" in database.get("healthcheck", {}).get("test", []), f"{name}: healthcheck runs pg_isready")
    data_mounts = [v for v in database.get("volumes", []) if v.get("target") == "/var/lib/postgresql/data"]
    check(len(data_mounts) == 1 and data_mounts[0].get("type") == "volume", f"{name}: data in a named volume")
    command = " ".join(database.get("command") or [])
    check("ssl=on" in command, f"{name}: TLS on")


# Arguments: the gateway services as SERVICE=CONTAINER_NAME:PUBLISHED_PORT (default: the single one).
gateways = sys.argv[1:] or ["openclaw=openclaw-gateway:18789"]
state_volumes = []
for spec in gateways:
    name, rest = spec.split("=", 1)
    container_name, published_port = rest.split(":", 1)
    state_volumes.append(check_gateway(name, container_name, published_port))
check(len(set(state_volumes)) == len(state_volumes), "each gateway has a state volume of its own")
if "postgres" in services:
    check_postgres("postgres")
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
    leaked = [k for k, v in (service.get("environment") or {}).items() if secret_name.search(k) and not k.endswith("_FILE")]
    check(not leaked, f"{name}: no secret in environment ({', '.join(leaked) or 'none'})")
    for secret in service.get("secrets", []):
        check(secret["target"].startswith("/run/secrets/"), f"{name}: secret {secret['source']} under /run/secrets")

print(f"{sum(1 for _ in failures)} hardening check(s) failed" if failures else "every hardening check held")
sys.exit(1 if failures else 0)
