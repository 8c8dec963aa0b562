# syntax=docker/dockerfile:1
# SalesPact: one jar. Build:  docker build -t salespact .
# Run (embedded H2 in the volume, demo company seeded on first start):
#   docker run -p 8080:8080 -v salespact-data:/app/data salespact
# Production on PostgreSQL (no demo data; first admin from SALESPACT_ADMIN_PASSWORD):
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=prod,postgres \
#     -e SALESPACT_DB_URL=jdbc:postgresql://db:5432/salespact -e SALESPACT_DB_USER=salespact \
#     -e SALESPACT_DB_PASSWORD=... -e SALESPACT_ADMIN_PASSWORD=... salespact
# The production build uses the committed Vaadin bundle (src/main/bundles/prod.bundle), so it needs no Node.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
# The whole project minus what .dockerignore leaves out (build output, data, node_modules, .git).
COPY . .
# The toolchains plugin accepts the image's own JDK 25; the Maven wrapper fetches Maven from Maven Central.
RUN --mount=type=cache,target=/root/.m2 \
    sh ./mvnw -B -Pproduction -DskipTests package \
    && cp "$(ls target/salespact-*.jar | head -1)" /build/salespact.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 salespact \
    && useradd --system --uid 10001 --gid salespact --home-dir /app --no-create-home --shell /usr/sbin/nologin salespact \
    && mkdir -p /app/data \
    && chown -R salespact:salespact /app
WORKDIR /app
COPY --from=build --chown=salespact:salespact /build/salespact.jar /app/salespact.jar

# Spring profiles: empty = embedded H2 with the demo company; "prod,postgres" for production.
ENV SPRING_PROFILES_ACTIVE="" \
    SALESPACT_DATA_DIR=/app/data \
    PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /app/data
EXPOSE 8080
USER salespact:salespact

# No curl in the JRE image: bash's /dev/tcp asks /actuator/health (public, see SecurityConfig).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]

# exec: java is PID 1 and gets SIGTERM (graceful shutdown is on).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/salespact.jar \"$@\"", "salespact"]
