# syntax=docker/dockerfile:1
# SalesPact: one jar. Build:  docker build -t salespact .
#   Behind a company Maven mirror:  docker build --build-arg MAVEN_MIRROR=https://nexus.example.com/maven2 -t salespact .
# Run (embedded H2 in the volume, demo company seeded on first start; its logins are printed as a warning):
#   docker run -p 8080:8080 -v salespact-data:/app/data salespact
# A folder of the host instead of a volume must be writable by the image's user (uid 10001):
#   mkdir -p data && sudo chown 10001:10001 data && docker run -p 8080:8080 -v "$PWD/data:/app/data" salespact
#   (or run as yourself: docker run --user "$(id -u):$(id -g)" -v "$PWD/data:/app/data" ...)
# Production on PostgreSQL (no demo data; first admin from SALESPACT_ADMIN_PASSWORD):
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=prod,postgres \
#     -e SALESPACT_DB_URL=jdbc:postgresql://db:5432/salespact -e SALESPACT_DB_USER=salespact \
#     -e SALESPACT_DB_PASSWORD=... -e SALESPACT_ADMIN_PASSWORD=... salespact
# The production build uses the committed Vaadin bundle (src/main/bundles/prod.bundle), so it needs no Node.

# Base images pinned to one JDK build (the AOT cache below only fits the JVM that wrote it, so both stages move
# together); bump both tags at once.
FROM eclipse-temurin:25.0.1_8-jdk-noble AS build
# A Maven repository mirror for Maven itself and every dependency; empty = Maven Central.
ARG MAVEN_MIRROR=""
WORKDIR /build
# The whole project minus what .dockerignore leaves out (build output, data, node_modules, .git).
COPY . .
# The toolchains plugin accepts the image's own JDK 25; the Maven wrapper fetches Maven (from the mirror if given).
# -Dmaven.test.skip: tests are neither compiled nor run here (CI runs them).
# The AOT cache is trained in the runtime stage below, not here (salespact.aot.skip): a cache only fits the JVM that
# wrote it, and the JRE image is another Java installation (its own lib/modules) that would reject the JDK's cache.
# The jar is extracted here (salespact.jar + lib/): the AOT cache cannot be used with a fat jar's nested jars.
RUN --mount=type=cache,target=/root/.m2 \
    if [ -n "$MAVEN_MIRROR" ]; then \
        export MVNW_REPOURL="$MAVEN_MIRROR"; \
        printf '<settings><mirrors><mirror><id>build-mirror</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors></settings>' \
            "$MAVEN_MIRROR" > /build/mirror-settings.xml; \
        set -- -s /build/mirror-settings.xml; \
    fi \
    && sh ./mvnw -B "$@" -Pproduction -Dmaven.test.skip=true -Dsalespact.aot.skip=true package \
    && java -Djarmode=tools -jar "$(ls target/salespact-*.jar | head -1)" extract \
        --destination /build/app --application-filename salespact.jar

FROM eclipse-temurin:25.0.1_8-jre-noble
RUN groupadd --system --gid 10001 salespact \
    && useradd --system --uid 10001 --gid salespact --home-dir /app --no-create-home --shell /usr/sbin/nologin salespact \
    && mkdir -p /app/data \
    && chown -R salespact:salespact /app
WORKDIR /app
# Libraries first, in their own layer: a code change then ships only the application jar and the AOT cache.
COPY --from=build --chown=salespact:salespact /build/app/lib/ /app/lib/
COPY --from=build --chown=salespact:salespact /build/app/salespact.jar /app/salespact.jar
USER salespact:salespact

# Training run for the JDK 25 AOT cache (JEP 483/514/515), with this image's JVM and these very jar files: Spring Boot
# starts on a throw-away H2 database (no demo data, no network) and stops once the context is refreshed; the JVM writes
# the classes it loaded and linked, and method profiles, to /app/salespact.aot. Start-up then takes less than half
# the time (docs/performance.md). Not in /app/data: that is the volume.
RUN SALESPACT_DATA_DIR=/tmp/aot-training SPRING_PROFILES_ACTIVE= \
    java -XX:MaxRAMPercentage=75 -XX:AOTCacheOutput=/app/salespact.aot -Xlog:aot=error \
        -Dspring.context.exit=onRefresh -jar /app/salespact.jar --salespact.demo.enabled=false --server.port=0 \
    && rm -rf /tmp/aot-training

# Spring profiles: empty = embedded H2 with the demo company; "prod,postgres" for production.
ENV SPRING_PROFILES_ACTIVE="" \
    SALESPACT_DATA_DIR=/app/data \
    PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /app/data
EXPOSE 8080

# No curl in the JRE image: bash's /dev/tcp asks /actuator/health (public, see SecurityConfig).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]

# exec: java is PID 1 and gets SIGTERM (graceful shutdown is on). Should the JVM reject the AOT cache (it checks the
# JVM build and the jar files), it says so in the log and starts without it, only slower.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=/app/salespact.aot -jar /app/salespact.jar \"$@\"", "salespact"]
