#!/usr/bin/env bash
# Checks the shipped monitoring files with the real tools: promtool check config / check rules /
# test rules, amtool check-config, and that both dashboards are JSON whose panels use the
# provisioned data source. The compose paths (/etc/prometheus, /run/secrets) are swapped for
# temporary ones, the only difference from what the stack mounts.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in promtool amtool python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install prometheus prometheus-alertmanager python3)" >&2; exit 1; }
done

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
printf 'placeholder-token-for-config-check\n' > "$staging/gateway_token"
sed -e "s#/etc/prometheus/alerts.yml#$PWD/deploy/prometheus/alerts.yml#" \
    -e "s#/run/secrets/gateway_token#$staging/gateway_token#" \
    deploy/prometheus/prometheus.yml > "$staging/prometheus.yml"

promtool check config "$staging/prometheus.yml"
promtool check rules deploy/prometheus/alerts.yml
promtool test rules deploy/prometheus/alerts.test.yml
amtool check-config deploy/alertmanager/alertmanager.yml

python3 - deploy/grafana/dashboards/*.json <<'PY'
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        dashboard = json.load(f)
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            assert target["datasource"]["uid"] == "prometheus", f"{path}: panel {panel['title']!r} uses another data source"
            assert target["expr"].strip(), f"{path}: panel {panel['title']!r} has no query"
    print(f"{path}: {dashboard['title']}, {len(dashboard['panels'])} panels")
PY
echo "monitoring files: OK"
