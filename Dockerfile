# openclaw:secure — the gateway alone on a root filesystem of libc, CA certificates and one binary.
#
#   docker build -t openclaw:secure .                                  # compile in the Swift image
#   swift build -c release --static-swift-stdlib --product openclaw \
#     && install -D .build/release/openclaw dist/openclaw \
#     && docker build --build-arg OPENCLAW_BINARY=prebuilt -t openclaw:secure .   # offline: no Swift image
#
# The prebuilt binary must come from a glibc no newer than the runtime base's (Debian 12: 2.36).

# Which stage supplies /openclaw: `source` (compile here) or `prebuilt` (dist/openclaw from the context).
ARG OPENCLAW_BINARY=source
ARG SWIFT_IMAGE=swift:6.2-bookworm
ARG RUNTIME_BASE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS binary-source
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product openclaw \
    && install -D -m 0755 "$(swift build -c release --show-bin-path)/openclaw" /openclaw

FROM scratch AS binary-prebuilt
COPY dist/openclaw /openclaw

# BuildKit builds only the stage this names, so an offline build never needs the Swift image.
# hadolint ignore=DL3006
FROM binary-${OPENCLAW_BINARY} AS binary

# Assembles the runtime root: the binary, the shared libraries it links (found with ldd, so the
# list follows the binary), CA certificates, an unprivileged user, and the application folders.
FROM ${RUNTIME_BASE} AS rootfs
ARG OPENCLAW_UID=10001
ARG OPENCLAW_GID=10001
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates binutils \
    && rm -rf /var/lib/apt/lists/*
COPY --from=binary /openclaw /rootfs/usr/local/bin/openclaw
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# Debug symbols are half the binary; stack traces keep function names without them.
RUN strip --strip-debug /rootfs/usr/local/bin/openclaw \
    && chmod 0755 /rootfs/usr/local/bin/openclaw \
    && ldd /rootfs/usr/local/bin/openclaw | grep -o '/[^ ]*' | sort -u | while read -r library; do \
         cp --parents -L "$library" /rootfs; \
       done \
    && cp --parents -L /etc/ssl/certs/ca-certificates.crt /rootfs \
    && mkdir -p /rootfs/tmp /rootfs/run/secrets /rootfs/app/config /rootfs/app/workspace /rootfs/app/logs \
    && chmod 1777 /rootfs/tmp \
    && printf 'root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nopenclaw:x:%s:%s:openclaw:/app:/usr/sbin/nologin\n' \
         "$OPENCLAW_UID" "$OPENCLAW_GID" > /rootfs/etc/passwd \
    && printf 'root:x:0:\nopenclaw:x:%s:\n' "$OPENCLAW_GID" > /rootfs/etc/group \
    && chown "$OPENCLAW_UID:$OPENCLAW_GID" /rootfs/app/workspace /rootfs/app/logs \
    && chmod 0700 /rootfs/app/workspace /rootfs/app/logs

FROM scratch
ARG OPENCLAW_UID=10001
ARG OPENCLAW_GID=10001
COPY --from=rootfs /rootfs/ /
ENV PATH=/usr/local/bin \
    OPENCLAW_CONFIG=/app/config/openclaw.json \
    OPENCLAW_STATE_DIR=/app/workspace \
    OPENCLAW_GATEWAY_BIND=lan \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
WORKDIR /app
USER ${OPENCLAW_UID}:${OPENCLAW_GID}
EXPOSE 18789
VOLUME ["/app/workspace"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["openclaw", "health", "--timeout", "3"]
ENTRYPOINT ["openclaw"]
CMD ["gateway", "--config", "/app/config/openclaw.json"]
